"""What was found, taken elsewhere: Markdown, JSON, CSV and a standalone HTML page; and quote citations.

Everything from the article is data: escaped for the format it goes into (HTML-escaped in the page,
backslash-escaped in Markdown, spreadsheet formulas defused in CSV). The functions are pure (an
Analysis and its Article in, a string out), so the app and the command line share them.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Sequence
from typing import Any

from tui.analysis.checkworthiness import reason_line
from tui.analysis.model import Actor, Analysis, Claim, Quote
from tui.articles import Article
from tui.widgets.entity_styles import entity_type
from tui.widgets.rows import KIND_NAMES, LABEL_NAMES

FORMATS = ("md", "json", "csv", "html")
SUFFIXES = {"md": ".md", "json": ".json", "csv": ".csv", "html": ".html"}

#: displaCy's entity colours (spacy.displacy.render.DEFAULT_LABEL_COLORS), so the page looks like displaCy.
DISPLACY_COLOURS = {
    "ORG": "#7aecec",
    "PRODUCT": "#bfeeb7",
    "GPE": "#feca74",
    "LOC": "#ff9561",
    "PERSON": "#aa9cfc",
    "NORP": "#c887fb",
    "GROUP": "#e2cdfd",  # no displaCy label: a paler NORP, the other kind of group
    "FAC": "#9cc9cc",
    "EVENT": "#ffeb80",
    "LAW": "#ff8197",
    "LANGUAGE": "#ff8197",
    "WORK_OF_ART": "#f0d0ff",
    "DATE": "#bfe1d9",
    "TIME": "#bfe1d9",
    "MONEY": "#e4e7d2",
    "QUANTITY": "#e4e7d2",
    "ORDINAL": "#e4e7d2",
    "CARDINAL": "#e4e7d2",
    "PERCENT": "#e4e7d2",
}


def to_dict(analysis: Analysis, article: Article | None = None) -> dict[str, Any]:
    """The `--json` object: the analysis, with the page's byline and date when the article has them."""
    data = analysis.to_dict()
    data["byline"] = article.byline if article is not None else ""
    data["date"] = article.date if article is not None else ""
    return data


def to_json(analysis: Analysis, article: Article | None = None) -> str:
    return json.dumps(to_dict(analysis, article), ensure_ascii=False, separators=(",", ":")) + "\n"


def who(analysis: Analysis, name: str | None, span: tuple[int, int] | None) -> str:
    """The resolved actor's name, else the words the text attributes it to, else ""."""
    if name:
        return name
    if span is not None:
        return " ".join(analysis.text[span[0] : span[1]].split())
    return ""


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- citations (the `c` key) -------------------------------------------------------------------------


#: What a report calls the article shipped with the reader, whose path is the installed package's.
BUNDLED = "the bundled sample article"


def shown_source(source: str) -> str:
    """The report's source line: the path or URL as the user gave it, or `BUNDLED` for the sample
    article (its path, deep in site-packages, means nothing to a reader of the report)."""
    from pathlib import Path

    from tui.resources import resource_dir

    if "://" in source or not source.endswith((".txt", ".md")):
        return source
    try:
        bundled = Path(source).resolve().parent == resource_dir("seeds").resolve()
    except (OSError, ValueError, FileNotFoundError):
        return source
    return BUNDLED if bundled else source


def citation(item: Quote | Claim, analysis: Analysis, article: Article | None = None) -> str:
    """`“…” — Marta Soto (Headline, source)`: a quote or claim as it can be pasted elsewhere."""
    if isinstance(item, Quote):
        speaker = who(analysis, item.speaker_name, item.speaker_span) or "unattributed"
    elif item.kind == "figure":
        speaker = "figure to check"
    else:
        speaker = who(analysis, item.source_name, item.source_span) or "unattributed"
    text = _flat(item.text)
    if isinstance(item, Claim):
        text = f"“{text}”" if not text.startswith(("“", '"')) else text
    where = [analysis.title]
    if article is not None and article.byline:
        where.append(f"by {article.byline}")
    if article is not None and article.date:
        where.append(article.date)
    where.append(shown_source(analysis.source))
    return f"{text} — {speaker} ({', '.join(where)})"


# --- Markdown ----------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def md_escape(text: str) -> str:
    """Backslash-escape what Markdown (or HTML inside it) would otherwise act on; one line."""
    return _MD_SPECIAL.sub(r"\\\1", _flat(text))


def to_markdown(analysis: Analysis, article: Article | None = None) -> str:
    out = [f"# {md_escape(analysis.title)}", ""]
    meta = [f"source: {md_escape(shown_source(analysis.source))}"]
    if article is not None and article.byline:
        meta.append(f"byline: {md_escape(article.byline)}")
    if article is not None and article.date:
        meta.append(f"date: {md_escape(article.date)}")
    meta.append(f"model: {md_escape(analysis.model)}")
    out += [" · ".join(meta), "", md_escape(analysis.summary()), ""]
    out += [f"## Actors ({len(analysis.actors)})", ""]
    if analysis.actors:
        out += ["| actor | type | roles | mentions |", "|---|---|---|---|"]
        for a in analysis.actors:
            roles = "; ".join(md_escape(r) for r in a.roles)
            out.append(
                f"| {md_escape(a.name)} | {LABEL_NAMES.get(a.label, a.label)} | {roles} | {len(a.mentions)} |"
            )
    else:
        out.append("None found.")
    out += ["", f"## Quotes ({len(analysis.quotes)})", ""]
    for q in analysis.quotes:
        speaker = who(analysis, q.speaker_name, q.speaker_span)
        cue = f" ({md_escape(q.cue)})" if q.cue else ""
        out += [
            f"> {md_escape(q.text)}",
            ">",
            f"> — **{md_escape(speaker or 'unattributed')}**{cue}{_md_worth(q)}",
            "",
        ]
    if not analysis.quotes:
        out += ["None found.", ""]
    out += [f"## Claims ({len(analysis.claims)})", ""]
    for c in analysis.claims:
        kind = KIND_NAMES.get(c.kind, c.kind)
        source = "" if c.kind == "figure" else who(analysis, c.source_name, c.source_span) or "unattributed"
        head = f"**{md_escape(source)}** ({kind})" if source else f"*{kind}*"
        cue = f" — cue: {md_escape(c.cue)}" if c.cue else ""
        out.append(f"- {head}: {md_escape(c.text)}{cue}{_md_worth(c)}")
    if not analysis.claims:
        out.append("None found.")
    return "\n".join(out).rstrip() + "\n"


def _md_worth(item: Quote | Claim) -> str:
    """` — worth: 0.82 · figure · unnamed source`, when the item has a score."""
    return (
        f" — {md_escape(reason_line(item.checkworthiness, item.checkworthiness_reasons))}"
        if item.checkworthiness
        else ""
    )


# --- CSV ---------------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "type",
    "id",
    "name",
    "label",
    "roles",
    "mentions",
    "text",
    "start",
    "end",
    "who",
    "who_id",
    "cue",
    "kind",
    "checkworthiness",
)


def _cell(value: object) -> str:
    """A CSV cell; text a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(analysis: Analysis, article: Article | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for a in analysis.actors:
        first = a.mentions[0] if a.mentions else (None, None)
        writer.writerow(
            _cell(v)
            for v in (
                "actor",
                a.id,
                a.name,
                a.label,
                "; ".join(a.roles),
                len(a.mentions),
                "",
                *first,
                "",
                "",
                "",
                "",
                "",
            )
        )
    for q in analysis.quotes:
        speaker = who(analysis, q.speaker_name, q.speaker_span)
        row = (
            "quote",
            "",
            "",
            "",
            "",
            "",
            _flat(q.text),
            q.start,
            q.end,
            speaker,
            q.speaker,
            q.cue,
            "",
            q.checkworthiness,
        )
        writer.writerow(_cell(v) for v in row)
    for c in analysis.claims:
        source = who(analysis, c.source_name, c.source_span)
        row = (
            "claim",
            "",
            "",
            "",
            "",
            "",
            _flat(c.text),
            c.start,
            c.end,
            source,
            c.source,
            c.cue,
            c.kind,
            c.checkworthiness,
        )
        writer.writerow(_cell(v) for v in row)
    return buffer.getvalue()


# --- HTML --------------------------------------------------------------------------------------------

_PAGE_STYLE = """
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0; color: #222; background: #fff; overflow-wrap: anywhere; }
.wrap { display: flex; flex-wrap: wrap; gap: 2rem; padding: 1.5rem clamp(0.75rem, 4vw, 2rem); }
main { flex: 3 1 32rem; min-width: 0; line-height: 2.1; max-width: 52rem; }
aside { flex: 2 1 20rem; min-width: 0; line-height: 1.45; }
h1 { line-height: 1.3; } .meta { color: #595959; line-height: 1.4; }
mark.entity { display: inline-block; max-width: 100%; padding: 0 0.35em; border-radius: 0.35em; line-height: 1.5; color: #1a1a1a; }
mark.entity .label { font-size: 0.7em; font-weight: bold; color: #333; margin-left: 0.35em; }
.quote { background: #fff3c4; border-bottom: 0.15em solid #8a6100; }
.quote:target { outline: 0.15em solid #8a6100; }
aside section { margin-bottom: 1.5rem; } aside ol { padding-left: 1.3rem; } aside li { margin-bottom: 0.6rem; }
.who { font-weight: bold; } .muted { color: #595959; } blockquote { margin: 0; }
a { color: #0645ad; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _chip(text: str, label: str) -> str:
    """An entity as a chip: its words, then its type as the app's legend names it (spaCy's code in a
    tooltip). The chip is one box: a two-word name never breaks across lines."""
    etype = entity_type(label)
    name = etype.name if etype is not None else label.lower()
    colour = DISPLACY_COLOURS.get(label, "#ddd")
    return (
        f'<mark class="entity" style="background: {colour}" title="{_e(name)} (spaCy: {_e(label)})">'
        f'{_e(text)}<span class="label">{_e(name)}</span></mark>'
    )


def _marked(
    text: str,
    start: int,
    end: int,
    entities: list[tuple[int, int, str]],
    quotes: Sequence[tuple[int, int, str]] = (),
) -> str:
    """The text between start and end, HTML-escaped, with its entities as chips and its quotes marked
    (`quotes`: (start, end, id) already cut to this paragraph; an id only on a quote's first part).
    An entity that overlaps another, or crosses a quote's edge, is left plain."""
    events: list[tuple[int, int, int, str, str]] = []  # (at, order, end, kind, data)
    for qs, qe, qid in quotes:
        events.append((qs, 1, qe, "open", qid))
        events.append((qe, 0, qe, "close", ""))
    for s, e, label in entities:
        if any(qs < s < qe < e or s < qs < e for qs, qe, _ in quotes):
            continue
        events.append((s, 2, e, "entity", label))
    out: list[str] = []
    pos = start
    for at, _, stop, kind, data in sorted(events):
        if at < pos:
            continue  # an entity overlapping the one before it
        out.append(_e(text[pos:at]))
        pos = at
        if kind == "open":
            out.append(f'<span class="quote" id="{data}">' if data else '<span class="quote">')
        elif kind == "close":
            out.append("</span>")
        else:
            out.append(_chip(text[at:stop], data))
            pos = stop
    out.append(_e(text[pos:end]))
    return "".join(out).replace("\n", "<br>\n")


def to_html(analysis: Analysis, article: Article | None = None) -> str:
    text = analysis.text
    entities = sorted(
        (e.start, e.end, e.label) for e in analysis.entities if 0 <= e.start < e.end <= len(text)
    )
    quotes: list[tuple[int, int, str]] = []
    for i, q in enumerate(analysis.quotes, 1):
        if 0 <= q.start < q.end <= len(text) and all(q.start >= e or q.end <= s for s, e, _ in quotes):
            quotes.append((q.start, q.end, f"quote-{i}"))
    paragraphs: list[str] = []
    for m in re.finditer(r"[^\n](?:.|\n(?!\n))*", text):
        inside = [ent for ent in entities if m.start() <= ent[0] and ent[1] <= m.end()]
        parts = [  # the quotes in this paragraph, cut to it; the id stays with the first part
            (max(qs, m.start()), min(qe, m.end()), qid if qs >= m.start() else "")
            for qs, qe, qid in quotes
            if qs < m.end() and qe > m.start()
        ]
        tag = "h1" if m.start() == 0 and text[: m.end()].strip() == analysis.title.strip() else "p"
        paragraphs.append(f"<{tag}>{_marked(text, m.start(), m.end(), inside, parts)}</{tag}>")
    meta = [_e(shown_source(analysis.source))]
    if article is not None and article.byline:
        meta.insert(0, "by " + _e(article.byline))
    if article is not None and article.date:
        meta.insert(1 if article.byline else 0, _e(article.date))
    actors = "".join(_actor_li(a) for a in analysis.actors) or "<li class=muted>none found</li>"
    quoted = "".join(_quote_li(q, analysis, i) for i, q in enumerate(analysis.quotes, 1))
    quoted = quoted or "<li class=muted>none found</li>"
    claims = "".join(_claim_li(c, analysis) for c in analysis.claims) or "<li class=muted>none found</li>"
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsreader">
<title>{_e(analysis.title)}</title>
<style>{_PAGE_STYLE}</style>
</head>
<body>
<div class="wrap">
<main>
<p class="meta">{" · ".join(meta)}<br>{_e(analysis.summary())} · {_e(analysis.model)}</p>
{chr(10).join(paragraphs)}
</main>
<aside>
<section><h2>Actors ({len(analysis.actors)})</h2><ol>{actors}</ol></section>
<section><h2>Quotes ({len(analysis.quotes)})</h2><ol>{quoted}</ol></section>
<section><h2>Claims ({len(analysis.claims)})</h2><ol>{claims}</ol></section>
</aside>
</div>
</body>
</html>
"""


def _actor_li(a: Actor) -> str:
    roles = f" · {_e('; '.join(a.roles))}" if a.roles else ""
    label = _e(LABEL_NAMES.get(a.label, a.label))
    return f'<li><span class="who">{_e(a.name)}</span> <span class="muted">{label}{roles} · {len(a.mentions)}×</span></li>'


def _quote_li(q: Quote, analysis: Analysis, number: int) -> str:
    speaker = who(analysis, q.speaker_name, q.speaker_span) or "unattributed"
    return (
        f'<li><blockquote>{_e(_flat(q.text))}</blockquote><span class="who">— {_e(speaker)}</span> '
        f'<a href="#quote-{number}">in the article</a>{_html_worth(q)}</li>'
    )


def _claim_li(c: Claim, analysis: Analysis) -> str:
    kind = _e(KIND_NAMES.get(c.kind, c.kind))
    source = "" if c.kind == "figure" else who(analysis, c.source_name, c.source_span) or "unattributed"
    head = (
        f'<span class="who">{_e(source)}</span> <span class="muted">({kind})</span>'
        if source
        else f'<span class="muted">{kind}</span>'
    )
    return f"<li>{head}: {_e(_flat(c.text))}{_html_worth(c)}</li>"


def _html_worth(item: Quote | Claim) -> str:
    if not item.checkworthiness:
        return ""
    return f'<br><span class="muted">{_e(reason_line(item.checkworthiness, item.checkworthiness_reasons))}</span>'


RENDERERS = {"md": to_markdown, "json": to_json, "csv": to_csv, "html": to_html}


def render(fmt: str, analysis: Analysis, article: Article | None = None) -> str:
    """The analysis in one of FORMATS."""
    return RENDERERS[fmt](analysis, article)


def format_for(path: str) -> str | None:
    """The export format a file name asks for by its suffix (`report.md` → md), or None."""
    suffix = path.lower().rsplit(".", 1)[-1] if "." in path else ""
    return (
        {"markdown": "md", "htm": "html"}.get(suffix, suffix)
        if suffix in (*FORMATS, "markdown", "htm")
        else None
    )
