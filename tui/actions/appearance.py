"""How the article looks: which entity types are highlighted (`f`) and the theme (`t`)."""

from __future__ import annotations

from tui.settings import DEFAULT_THEME, LIGHT_THEME


class AppearanceMixin:
    """Entity-type filter and theme."""

    def action_filter_entities(self) -> None:
        from tui.screens.entity_filter import EntityFilterScreen  # made on first use, not before first paint

        def chosen(hidden: set[str] | None) -> None:
            if hidden is not None:
                self.set_hidden_types(hidden)

        self.push_screen(EntityFilterScreen(self.article_view.hidden_types, self.article_view.colour), chosen)

    def set_hidden_types(self, hidden: set[str]) -> None:
        """Highlight every entity type but `hidden` (in the article and the legend)."""
        view = self.article_view
        view.hidden_types = set(hidden)
        view.refilter()  # the highlights shown so far, of a part or of the whole
        self._show_legend()

    def toggle_entity_type(self, key: str) -> None:
        self.set_hidden_types(self.article_view.hidden_types ^ {key})

    def _show_legend(self) -> None:
        from tui.widgets.legend import Legend  # made after the first paint, and imported with it

        for legend in self.query("#legend").results(Legend):  # none before the first paint ends
            legend.show(self.article_view.colour, self.article_view.hidden_types)

    def action_toggle_theme(self) -> None:
        self.set_theme(LIGHT_THEME if self.current_theme.dark else DEFAULT_THEME)

    def set_theme(self, name: str) -> None:
        self.theme = name
        self.notify(f"Theme: {name}", markup=False, timeout=2)

    def _apply_theme(self, name: str) -> None:
        if name in self.available_themes:
            self.theme = name
            return
        known = ", ".join(sorted(self.available_themes))
        self.notify(
            f"Unknown theme {name!r}; using {DEFAULT_THEME}. Themes: {known}",
            title="Settings",
            severity="warning",
            markup=False,
            timeout=10,
        )
        self.theme = DEFAULT_THEME
