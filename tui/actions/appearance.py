"""How the article looks: which entity types are highlighted (`f`) and the theme (`t`), which is
written to the config file when chosen in the app, so that it is there at the next start."""

from __future__ import annotations

import threading

from textual import work

from tui.settings import DEFAULT_THEME, LIGHT_THEME

_SAVING = threading.Lock()


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
        if self.analysis is not None:
            view.set_entities([(e.start, e.end, e.label) for e in self.analysis.entities])
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
        """The theme at start (flag or config file); from then on each theme chosen is saved."""
        self._theme_at_start(name)
        self._saved_theme = self.theme
        self.theme_changed_signal.subscribe(self, lambda theme: self._theme_chosen(theme.name))

    def _theme_chosen(self, name: str) -> None:
        if name == self._saved_theme or self.settings.path is None:
            return  # the start's own theme, or settings made in code (tests): no file to write
        self._saved_theme = name
        self._save_theme()

    @work(thread=True, group="settings", exit_on_error=False)
    def _save_theme(self) -> None:
        from tui.settings import SettingsError, save_theme

        with _SAVING:  # one write at a time, each of the latest choice: the last one chosen stays
            name = self._saved_theme
            try:
                path = save_theme(name, self.settings.path)
            except (OSError, SettingsError) as exc:
                reason = str(exc) if isinstance(exc, SettingsError) else f"{exc.strerror or exc}"
                self._post(self.status.flash, f"Theme {name}: not saved ({reason})", "$warning")
                return
        self._post(self.status.flash, f"Theme {name} saved in {path}: it stays at the next start")

    def _theme_at_start(self, name: str) -> None:
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
