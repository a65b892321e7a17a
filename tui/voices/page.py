"""Voices as a standalone HTML page: the tables, each with its chart as inline SVG.

No scripts and no outside resources (fonts, styles, images): the page is one file that opens
offline and can be mailed. Every string from the articles is HTML-escaped.
"""

from __future__ import annotations

from html import escape

from tui.voices.aggregate import Voices
from tui.voices.breakdowns import by_gender, by_kind, by_outlet, officials, over_time
from tui.voices.kinds import KIND_NAMES
from tui.voices.report import TABLE_TITLES, people_rows, summary_line, table_rows

#: Bar colours, dark enough for white text and told apart without colour by their legend order.
COLOURS = {
    "female": "#8a3ffc",
    "male": "#1f6fb2",
    "unknown": "#6f6f6f",
    "quotes": "#b3541e",
    "claims": "#2d7d46",
}
ROW_HEIGHT = 22
LABEL_WIDTH = 220
BAR_WIDTH = 420

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; padding: 0 1em; max-width: 60em; color: #1a1a1a; background: #fff; }
h1, h2, p { overflow-wrap: anywhere; }
.table, .chart { overflow-x: auto; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; }
table { border-collapse: collapse; margin: .5em 0 1em; }
th, td { border-bottom: 1px solid #ccc; padding: .2em .7em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
svg text { font-family: system-ui, sans-serif; font-size: 12px; fill: #1a1a1a; }
.note { color: #4a4a4a; }
"""


def bar_chart(title: str, labels: list[str], series: list[tuple[str, list[float]]]) -> str:
    """Horizontal stacked bars, one row per label, one segment per series, with a legend."""
    if not labels:
        return ""
    totals = [sum(values[i] for _, values in series) for i in range(len(labels))]
    top = max(totals) or 1
    legend_height = ROW_HEIGHT if len(series) > 1 else 0
    height = legend_height + ROW_HEIGHT * len(labels) + 6
    width = LABEL_WIDTH + BAR_WIDTH + 70
    parts = [  # in a box that scrolls sideways where the page is narrower than the chart (a phone)
        '<div class="chart">'
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
    ]
    x = LABEL_WIDTH
    for name, _ in series if len(series) > 1 else ():
        parts.append(
            f'<rect x="{x}" y="4" width="12" height="12" fill="{COLOURS.get(name, "#555")}"/>'
            f'<text x="{x + 16}" y="14">{escape(name)}</text>'
        )
        x += 24 + 8 * len(name)
    for row, label in enumerate(labels):
        y = legend_height + row * ROW_HEIGHT
        shown = label if len(label) <= 32 else label[:31] + "…"
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(shown)}</text>')
        x = float(LABEL_WIDTH)
        for name, values in series:
            w = BAR_WIDTH * values[row] / top
            if w > 0:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{ROW_HEIGHT - 6}" '
                    f'fill="{COLOURS.get(name, "#555")}"><title>{escape(label)}: {escape(name)} '
                    f"{values[row]:g}</title></rect>"
                )
            x += w
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 15}">{totals[row]:g}</text>')
    parts.append("</svg></div>")
    return "".join(parts)


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    # in a box that scrolls sideways where the table does not fit (a phone): the page does not
    return f'<div class="table"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _said_series(rows: list[dict]) -> list[tuple[str, list[float]]]:
    return [("quotes", [r["quotes"] for r in rows]), ("claims", [r["claims"] for r in rows])]


def _people_series(rows: list[dict]) -> list[tuple[str, list[float]]]:
    return [(g, [r[g] for r in rows]) for g in ("female", "male", "unknown")]


def charts(voices: Voices) -> dict[str, str]:
    """Each table's chart, by table name (`people` for the most quoted)."""
    top = voices.people[:20]
    out = {
        "people": bar_chart(
            "Most quoted people",
            [p.name for p in top],
            _said_series([{"quotes": p.quotes, "claims": p.claims} for p in top]),
        )
    }
    kinds = by_kind(voices)
    out["by_kind"] = bar_chart(
        "By kind of source", [KIND_NAMES[r["kind"]] for r in kinds], _said_series(kinds)
    )
    groups = officials(voices)
    out["officials"] = bar_chart("Officials and others", [r["group"] for r in groups], _said_series(groups))
    if voices.with_gender:
        genders = by_gender(voices)
        out["by_gender"] = bar_chart(
            "Named people by gender",
            [r["gender"] for r in genders],
            [("people", [r["people"] for r in genders])],
        )
    for name, rows in (("by_outlet", by_outlet(voices)[:30]), ("over_time", over_time(voices))):
        series = _people_series(rows) if voices.with_gender else [("people", [r["people"] for r in rows])]
        out[name] = bar_chart(TABLE_TITLES[name] + ": people quoted", [r["group"] for r in rows], series)
    return out


def to_html(voices: Voices, title: str = "Voices") -> str:
    drawn = charts(voices)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="note">{escape(summary_line(voices))}. Gender: '
        + (
            "from the text's pronouns, then courtesy titles and gendered role nouns, then the first name "
            "(gender-guesser); the evidence that decided is given for each person, and unknown is counted."
            if voices.with_gender
            else "left out (--no-gender)."
        )
        + "</p>",
        "<h2>People quoted, most quoted first</h2>",
        drawn["people"],
        _table(*people_rows(voices, 100)),
    ]
    for name, heading in TABLE_TITLES.items():
        if name == "by_gender" and not voices.with_gender:
            continue
        parts += [f"<h2>{escape(heading)}</h2>", drawn[name], _table(*table_rows(voices, name))]
    parts.append("</body></html>\n")
    return "\n".join(parts)
