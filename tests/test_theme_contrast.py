"""Highlights readable in every theme: what the article view really draws, read back through Pilot.

Every theme the installed Textual bundles is walked (its list read from Textual, not copied here):
each entity type's colour, the other marks and the current one (a search's matches, a chosen
quote), the legend and the focused pane's edge must reach WCAG AA (4.5:1) against the background
they are drawn on, and the entity types must stay told apart. With NO_COLOR, attributes tell them apart.
"""

from __future__ import annotations

import itertools

import pytest
from rich.color import Color as RichColor
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region
from textual.theme import BUILTIN_THEMES

from tests.waiting import first_paint_over, settle
from tui.app import NewsReaderApp
from tui.articles import article_from_text
from tui.settings import load_settings
from tui.widgets.contrast import AA, contrast, difference, parse_hex
from tui.widgets.entity_styles import DISTINCT, ENTITY_TYPES, PLAIN, entity_type, highlights_for

#: Our own article, with one entity of every type (person, organisation, place, nationality/group,
#: date, number, event/work/law), a quote and claims.
TEXT = (
    "Brussels budget talks resume\n\n"
    "Chancellor Angela Merkel told the European Commission in Brussels on Monday that 40 percent of "
    "German voters backed the Paris Agreement.\n\n"
    "“We will not wait for anyone,” Merkel said. Officials said the talks would probably last until Friday.\n"
)
SIZE = (110, 30)


def _rgb(colour: RichColor | None, app: NewsReaderApp, background: bool) -> tuple[int, int, int]:
    """A drawn colour as (r, g, b); the terminal's default colour (ANSI themes) as Textual assumes it."""
    if colour is None or colour.triplet is None:
        terminal = app.ansi_theme
        if colour is not None and colour.number is not None and not colour.is_default:
            return tuple(terminal.ansi_colors[colour.number])
        return tuple(terminal.background_color if background else terminal.foreground_color)
    return tuple(colour.triplet)


def _cells(app: NewsReaderApp) -> list[tuple[int, int, Style]]:
    """(start, end, style) of every segment the article view draws on screen, in text offsets."""
    view = app.article_view
    out = []
    top = int(view.scroll_y)
    for y in range(view.scrollable_content_region.height):
        index = top + y
        if index >= len(view._lines):
            break
        offset = view._lines[index][0]
        segment: Segment
        for segment in view.render_line(y):
            end = offset + len(segment.text)
            if segment.style is not None and segment.text.strip():
                out.append((offset, end, segment.style))
            offset = end
    return out


def _ratio(style: Style, app: NewsReaderApp) -> float:
    return contrast(_rgb(style.color, app, False), _rgb(style.bgcolor, app, True))


@pytest.fixture
def app() -> NewsReaderApp:
    return NewsReaderApp(article_from_text(TEXT))


def test_textual_bundles_light_and_dark_themes():
    """The walk below covers both kinds (if Textual stopped bundling light themes it would prove less)."""
    assert {"textual-dark", "textual-light"} <= set(BUILTIN_THEMES)
    assert sum(not t.dark for t in BUILTIN_THEMES.values()) >= 3


async def test_every_bundled_theme_keeps_highlights_readable(app):
    failures: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.article_view
        entities = [(e.start, e.end, entity_type(e.label)) for e in app.analysis.entities]
        assert {t.key for _, _, t in entities if t} == {t.key for t in ENTITY_TYPES}  # every type is here
        legend = app.query_one("#legend")

        async def walk(what: str, check) -> None:
            for name in BUILTIN_THEMES:  # the installed Textual's own list
                app.theme = name
                await pilot.pause()
                await pilot.pause()
                for problem in check():
                    failures.append(f"{name}, {what}: {problem}")

        def entity_colours():
            drawn = _cells(app)
            seen: dict[str, Style] = {}
            for a, b, style in drawn:
                # a name inside a longer one ("Paris" in "the Paris Agreement") is drawn in its own
                # colour: a cell belongs to the innermost entity holding it
                holding = [
                    (e - s, etype) for s, e, etype in entities if etype is not None and s <= a and b <= e
                ]
                if not holding:
                    continue
                etype = min(holding, key=lambda h: h[0])[1]
                seen.setdefault(etype.key, style)
                if (r := _ratio(style, app)) < AA:
                    yield f"{etype.key} {view.text[a:b]!r} at {r:.2f}:1"
            if set(seen) != {t.key for t in ENTITY_TYPES}:
                yield f"types drawn: {sorted(seen)}"
            for (k1, s1), (k2, s2) in itertools.combinations(seen.items(), 2):
                c1, c2 = _rgb(s1.color, app, False), _rgb(s2.color, app, False)
                if difference(c1, c2) < DISTINCT and (s1.bold, s1.italic, s1.underline) == (
                    s2.bold,
                    s2.italic,
                    s2.underline,
                ):
                    yield f"{k1} and {k2} look alike"
            # the legend: the same colours as the text, readable on its own background
            for line in legend.render_lines(Region(0, 0, *legend.outer_size)):
                for segment in line:
                    t = next(
                        (t for t in ENTITY_TYPES if segment.text in (t.name, t.name.split("/")[0])), None
                    )
                    if t is None or segment.style is None:
                        continue
                    if t.key in seen and segment.style.color != seen[t.key].color:
                        yield f"legend's {t.name} is {segment.style.color}, the text's {seen[t.key].color}"
                    if (r := _ratio(segment.style, app)) < AA:
                        yield f"legend's {t.name} at {r:.2f}:1"
            # the focused pane's edge
            edge = view.render_lines(Region(view.outer_size.width - 1, 1, 1, 1))[0]
            style = next(iter(edge)).style
            if app.focused is view and (r := _ratio(style, app)) < AA:
                yield f"focused pane's border at {r:.2f}:1"

        def marks(kind: str):
            def check():
                drawn = [(a, b, st) for a, b, st in _cells(app) for s, e in view.marks if s <= a and b <= e]
                if not drawn:
                    yield f"no {kind} drawn"
                current = view.marks[view.current_mark]
                styles = set()
                for a, b, style in drawn:
                    styles.add((style.bgcolor, current[0] <= a < current[1]))
                    if (r := _ratio(style, app)) < AA:
                        yield f"{kind} {view.text[a:b]!r} at {r:.2f}:1"
                if len(view.marks) > 1 and len({bg for bg, _ in styles}) < 2:
                    yield "the current mark looks like the others"
                counter = app.query_one("#mark-info")  # "search match 1/4" in the status bar
                for line in counter.render_lines(Region(0, 0, *counter.outer_size)):
                    for segment in line:
                        if segment.text.strip() and (r := _ratio(segment.style, app)) < AA:
                            yield f"the marks' counter {segment.text.strip()!r} at {r:.2f}:1"

            return check

        view.focus()
        await walk("entities", entity_colours)
        await pilot.press("slash", *"the", "enter")  # search: several matches, the first current
        assert len(view.marks) > 2
        await walk("search matches", marks("search match"))
        await pilot.press("escape", "2")  # the Quotes tab, and focus in its list
        assert app.focused is app.side.list("quotes")
        await pilot.press("enter")  # choose the quote
        assert view.marks == [(app.analysis.quotes[0].start, app.analysis.quotes[0].end)]
        await walk("the chosen quote", marks("chosen quote"))
        await pilot.press("3")
        assert app.focused is app.side.list("claims")
        await pilot.press("enter")  # and a claim
        assert view.marks == [(app.analysis.claims[0].start, app.analysis.claims[0].end)]
        await walk("the chosen claim", marks("chosen claim"))
    assert not failures, "\n".join(failures)


async def test_a_theme_change_redraws_the_highlights_at_once(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        person = next(e for e in app.analysis.entities if e.label == "PERSON")

        def colour():
            return next(st.color for a, b, st in _cells(app) if person.start <= a < person.end)

        dark = colour()
        await pilot.press("t")  # the light theme, without reopening anything
        await pilot.pause()
        assert app.theme == "textual-light"
        assert colour() != dark
        assert contrast(_rgb(colour(), app, False), parse_hex("#e0e0e0")) >= AA


async def test_no_color_tells_the_types_apart_by_attributes(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = NewsReaderApp(article_from_text(TEXT))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.article_view
        assert view.colour is False
        drawn = _cells(app)
        by_type: dict[str, set[tuple[bool, bool, bool, bool]]] = {}
        entities = app.analysis.entities
        for e in entities:
            etype = entity_type(e.label)
            for a, b, style in drawn:
                alone = sum(o.start <= a and b <= o.end for o in entities) == 1  # not a nested name
                if e.start <= a and b <= e.end and alone and a >= view.title_length:  # nor the headline
                    assert (
                        style.color is None or not style.color.triplet or style.color == view.rich_style.color
                    )
                    by_type.setdefault(etype.key, set()).add(
                        (bool(style.bold), bool(style.italic), bool(style.underline), bool(style.dim))
                    )
        assert set(by_type) == {t.key for t in ENTITY_TYPES}
        looks = [frozenset(v) for v in by_type.values()]
        assert all(len(v) == 1 for v in looks)  # each type drawn one way …
        assert len(set(looks)) == len(looks)  # … and no two types the same way
        legend = app.query_one("#legend").render()
        assert {str(s.style) for s in legend.spans} == {str(PLAIN.entity[t.key]) for t in ENTITY_TYPES}
        await pilot.press("slash", *"the", "enter")
        marked = [st for a, b, st in _cells(app) for s, e in view.marks if s <= a and b <= e]
        assert marked and all(st.reverse for st in marked)  # marks: reverse video
        await pilot.press("t")  # a theme change keeps it colourless
        await pilot.pause()
        assert all(st.color is None or st.color == view.rich_style.color for _, _, st in _cells(app))


@pytest.mark.parametrize(
    ("background", "foreground"),
    [("#808080", "#ffffff"), ("#ffff00", "#000000"), ("#000080", "#ffffff"), ("#3a3a3a", "#ffffff")],
)
def test_highlights_fit_any_background_or_say_they_cannot(background, foreground):
    """A theme of the user's own: the highlights reach 4.5:1 where its background allows it, and
    `readable`/`distinct` say when it does not (the app then warns)."""
    look = highlights_for(background, foreground, "#0178d4")
    colours = [parse_hex(c) for c in look.colours.values()]
    worst = min(contrast(c, parse_hex(background)) for c in colours)
    assert look.readable == (worst >= AA)
    if background != "#808080":
        assert look.readable and look.distinct
    for style in (look.mark, look.mark_current):
        assert contrast(parse_hex(style.color.name), parse_hex(style.bgcolor.name)) >= AA


def _config(tmp_path, monkeypatch, text: str):
    config = tmp_path / "config.toml"
    config.write_text(text, encoding="utf-8")
    monkeypatch.setenv("NEWSREADER_CONFIG", str(config))
    return load_settings()


async def test_a_theme_of_the_users_own_keeps_the_contrast(tmp_path, monkeypatch):
    settings = _config(
        tmp_path,
        monkeypatch,
        'theme = "paper"\n[themes.paper]\nbackground = "#f4ecd8"\nforeground = "#3b3024"\n'
        'primary = "#e8c07d"\ndark = false\n',
    )
    assert settings.warnings == []
    app = NewsReaderApp(article_from_text(TEXT), settings=settings)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert app.theme == "paper"
        drawn = _cells(app)
        for e in app.analysis.entities:
            for a, b, style in drawn:
                if e.start <= a and b <= e.end:
                    assert _ratio(style, app) >= AA, (app.article_view.text[a:b], style)
        assert not any("paper" in str(n.message) for n in app._notifications)


async def test_a_theme_whose_colours_do_not_allow_it_gets_a_warning(tmp_path, monkeypatch):
    settings = _config(
        tmp_path,
        monkeypatch,
        'theme = "murky"\n[themes.murky]\nbackground = "#777777"\nforeground = "#000000"\n'
        '[themes.broken]\nbackground = "sky blue"\n',
    )
    assert any("themes.broken" in w and "'background'" in w for w in settings.warnings)
    app = NewsReaderApp(article_from_text(TEXT), settings=settings)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await first_paint_over(app, pilot)  # (notifications expire: read them before the analysis ends)
        assert app.theme == "murky"
        messages = [str(n.message) for n in app._notifications]
        assert any("murky" in m and "4.5" in m and "bold, italic and underline" in m for m in messages), (
            messages
        )
        assert app.is_running


async def test_the_entity_filter_keeps_the_contrast_in_every_theme():
    """The filter dialog (`f`) lists the types in their colours, on the dialog's own background."""
    from textual.widgets import SelectionList

    app = NewsReaderApp(article_from_text(TEXT))
    failures = []
    names = {t.name for t in ENTITY_TYPES}
    async with app.run_test(size=SIZE) as pilot:
        await first_paint_over(app, pilot)
        for theme in BUILTIN_THEMES:
            app.theme = theme
            await pilot.pause()
            await pilot.press("f")
            await pilot.pause()
            await pilot.pause()
            listing = app.screen.query_one(SelectionList)
            seen = set()
            for line in listing.render_lines(Region(0, 0, *listing.outer_size)):
                for segment in line:
                    if segment.text.strip() in names:
                        seen.add(segment.text.strip())
                        if (r := _ratio(segment.style, app)) < AA:
                            failures.append(f"{theme}: {segment.text.strip()} at {r:.2f}:1")
            if seen != names:
                failures.append(f"{theme}: listed {sorted(seen)}")
            await pilot.press("escape")
            await pilot.pause()
    assert not failures, "\n".join(failures)
