"""How the desk's marks show in the side panel: a verdict line under a claim or quote, detached marks.

Colours are the theme's own variables (which keep their contrast in every bundled theme) and each
verdict is also written out in words, so with NO_COLOR nothing is told by colour alone.
"""

from __future__ import annotations

from datetime import datetime

from textual.content import Content

from tui.archive.store import Mark
from tui.archive.verdicts import BY_KEY, STATUS_NAMES, verdict_name
from tui.widgets.rows import excerpt


def _verdict_style(key: str | None) -> str:
    verdict = BY_KEY.get(key or "")
    if verdict is None or verdict.rating is None:
        return "bold $warning"
    return (
        "bold $success" if verdict.rating >= 4 else "bold $error" if verdict.rating <= 2 else "bold $warning"
    )


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
    """`checked before: false, 2 Nov` for a claim that resembles one already given a verdict."""
    day = datetime.fromtimestamp(mark.updated).strftime("%-d %b")
    return Content.assemble((f"checked before: {verdict_name(mark.verdict)}, {day}", "italic $text-muted"))


def detached_row(mark: Mark) -> Content:
    """A mark whose words the new analysis no longer finds: kept, shown with its words."""
    verdict = verdict_name(mark.verdict) or "no verdict"
    return Content.assemble(
        ("detached mark", "bold italic $text-muted"),
        (f" · {verdict} · {STATUS_NAMES.get(mark.status, mark.status)}", "$text-muted"),
        "\n",
        excerpt(mark.words),
    )
