"""How the article looks: which entity types are highlighted (`f`); the theme (`t`), which is
written to the config file when chosen in the app, so that it is there at the next start; and the
highlight colours fitted to the theme so that they keep 4.5:1 contrast on its background."""

from __future__ import annotations

import threading

from textual import work

from tui.settings import DEFAULT_THEME, LIGHT_THEME
from tui.widgets.entity_styles import DEFAULT, PLAIN, Highlights, highlights_for, readable_on

_SAVING = threading.Lock()


class AppearanceMixin:
    """Entity-type filter, theme and highlight colours."""

    highlights: Highlights = DEFAULT

    def action_filter_entities(self) -> None:
        from tui.screens.entity_filter import EntityFilterScreen  # made on first use, not before first paint

        def chosen(hidden: set[str] | None) -> None:
            if hidden is not None:
                self.set_hidden_types(hidden)

        self.push_screen(EntityFilterScreen(self.article_view.hidden_types, self.look), chosen)

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
            legend.show(self.look, self.article_view.hidden_types)

    def action_toggle_theme(self) -> None:
        self.set_theme(LIGHT_THEME if self.current_theme.dark else DEFAULT_THEME)

    def set_theme(self, name: str) -> None:
        self.theme = name
        self.notify(f"Theme: {name}", markup=False, timeout=2)

    def _register_own_themes(self) -> None:
        """The config file's `[themes.NAME]` tables, made choosable like the bundled themes."""
        from textual.color import ColorParseError
        from textual.theme import Theme

        for name, colours in self.settings.themes.items():  # type: ignore[attr-defined]
            values = {"primary": "#0178d4", **colours}
            theme = Theme(name=name, **values)  # type: ignore[arg-type]
            try:
                theme.to_color_system().generate()
            except (ColorParseError, ValueError) as exc:
                self.notify(
                    f"config: theme {name!r} cannot be used ({exc}); ignored",
                    title="Settings",
                    severity="warning",
                    markup=False,
                    timeout=10,
                )
                continue
            self.register_theme(theme)

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

    # --- highlight colours that follow the theme -------------------------------------------------------

    @property
    def look(self) -> Highlights:
        """The styles highlights are drawn with now: the theme's colours, or none with NO_COLOR."""
        return PLAIN if self.no_color else self.highlights

    def get_css_variables(self) -> dict[str, str]:
        """Textual's variables for the theme, with the highlight colours fitted to its background,
        and `$border` (the focused widget's border) made as readable as they are."""
        variables = super().get_css_variables()  # type: ignore[misc]
        background = self._theme_colour(variables.get("background", ""), "background")
        foreground = self._theme_colour(variables.get("foreground", ""), "foreground")
        accent = self._theme_colour(variables.get("primary", ""), "foreground")
        if background and foreground:
            self.highlights = highlights_for(background, foreground, accent)
            variables["border"] = self.highlights.border
            # accented text (the marks' counter in the status bar) on the background or a panel
            panel = self._theme_colour(variables.get("panel", ""), "background")
            text_accent = self._theme_colour(variables.get("text-accent", ""), "foreground")
            if panel and text_accent:
                variables["text-accent"] = readable_on(text_accent, [background, panel])
        return variables

    def _theme_colour(self, value: str, role: str) -> str:
        """A theme variable as #rrggbb; the terminal's own colours (ANSI themes) as Textual assumes
        them (its `ansi_theme`, dark or light by the theme's flag); "" if it is not a colour."""
        from textual.color import Color, ColorParseError

        try:
            colour = Color.parse(value)
        except ColorParseError:
            return ""
        if colour.ansi is None:
            return colour.hex[:7].lower()
        terminal = self.ansi_theme  # type: ignore[attr-defined]
        if colour.ansi < 0:
            triplet = terminal.background_color if role == "background" else terminal.foreground_color
        else:
            triplet = terminal.ansi_colors[colour.ansi]
        return triplet.hex.lower()

    def _restyle(self, _theme: object = None) -> None:
        """The theme changed: redraw the article's highlights and the legend in its colours at once,
        and say so when a theme's colours leave no readable, distinct highlight colours."""
        self.article_view.set_highlights(self.highlights)
        self._show_legend()
        look = self.highlights
        if not self.no_color and not (look.readable and look.distinct):
            name = self.current_theme.name  # type: ignore[attr-defined]
            if name not in self._warned_themes:
                self._warned_themes.add(name)
                why = (
                    f"highlights reach only {look.contrast:.1f}:1 contrast on its background (4.5 wanted)"
                    if not look.readable
                    else "its background leaves no distinct highlight colours that reach 4.5:1 contrast"
                )
                self.notify(
                    f"Theme {name}: {why}; entity types stay told apart by bold, italic and underline",
                    title="Theme",
                    severity="warning",
                    markup=False,
                    timeout=10,
                )
