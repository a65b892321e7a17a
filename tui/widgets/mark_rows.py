"""How the desk's marks show in the side panel: a verdict line under a claim or quote, detached marks.

Nothing is told by colour: a verdict is written out in words, in the theme's text colour (bold,
or bold italic for the verdicts without a number), so it reads the same with NO_COLOR.
"""

from __future__ import annotations

from datetime import datetime

from textual.content import Content

from tui.archive.store import Mark
from tui.archive.verdicts import BY_KEY, STATUS_NAMES, verdict_name
from tui.widgets.rows import excerpt


def _verdict_style(key: str | None) -> str:
    """Bold for a verdict on the 1-5 scale, bold italic for one without a number: the theme's own
    text colour (the accent and status colours miss 4.5:1 on some bundled themes' panels)."""
    verdict = BY_KEY.get(key or "")
    return "bold" if verdict is not None and verdict.rating is not None else "bold italic"


def mark_badge(mark: Mark) -> Content:
    """`✔ verdict: false · in progress · note` (the words a marked row gains under it)."""
    parts: list[str | tuple[str, str]] = []
    if mark.verdict:
        parts += [(f"verdict: {verdict_name(mark.verdict)}", _verdict_style(mark.verdict))]
    else:
        parts += [("marked", "bold $text-muted")]
    parts += [(f" · {STATUS_NAMES.get(mark.status, mark.status)}", "$text-muted")]
    if mark.note.strip():
        parts += [(" · note", "$text-muted")]
    if mark.evidence:
        parts += [(f" · {len(mark.evidence)} link{'s' if len(mark.evidence) != 1 else ''}", "$text-muted")]
    return Content.assemble(*parts)


def checked_before_badge(mark: Mark) -> Content:
    """`↳ checked before: false, 2 Nov · enter opens it`: the row under a claim that resembles one
    already given a verdict (a row of its own, so the cursor can stop on it)."""
    day = datetime.fromtimestamp(mark.updated).strftime("%-d %b")
    return Content.assemble(
        ("  ↳ ", "$text-muted"),
        (f"checked before: {verdict_name(mark.verdict)}, {day}", "bold italic"),
        (" · enter opens it", "$text-muted"),
    )


def detached_row(mark: Mark) -> Content:
    """A mark whose words the new analysis no longer finds: kept, shown with its words."""
    verdict = verdict_name(mark.verdict) or "no verdict"
    return Content.assemble(
        ("detached mark", "bold italic $text-muted"),
        (f" · {verdict} · {STATUS_NAMES.get(mark.status, mark.status)}", "$text-muted"),
        "\n",
        excerpt(mark.words),
    )
