"""Voices as data: the documented JSON object, a tidy CSV, and the tables printed on the command line.

The JSON object (`to_json`), every key always present:

    {"articles": N, "quotes": N, "claims": N, "gender": true|false,
     "people": [{"name", "names", "kind": "person", "official", "roles", "quotes", "claims",
                 "articles": [source, …], "gender", "gender_evidence", "evidence",
                 "said": [{"type": "quote"|"claim", "text", "source", "start", "end"}]}],
     "other_sources": [{"name", "kind", "official", "roles", "quotes", "claims", "articles"}],
     "by_kind": [{"kind", "quotes", "claims", "total", "share"}],
     "officials": [{"group": "official"|"other"|"no source", "quotes", "claims", "total", "share"}],
     "by_gender": [{"gender", "people", "quotes", "claims", "people_share", "said_share", "evidence"}],
     "by_outlet": [{"group", "articles", "quotes", "claims", "people", "female", "male", "unknown"}],
     "over_time": [same as by_outlet, "group" a month such as "2016-10" or "undated"]}

`gender` false (`--no-gender`): no person has `gender`, `gender_evidence` or `evidence`, `by_gender`
is empty and the outlet and time rows have no per-gender counts. `evidence` is
`{"pronoun": {"female": n, "male": n}, "title": {…}, "first_name": "…"}`, the counts behind the
decision; `gender_evidence` names the kind that decided ("pronoun", "title", "name"), null for
"unknown". Offsets index the article's text, as in `--json`.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from tui.voices.aggregate import Voice, Voices
from tui.voices.breakdowns import by_gender, by_kind, by_outlet, officials, over_time
from tui.voices.kinds import KIND_NAMES

BREAKDOWNS = {
    "by_kind": by_kind,
    "officials": officials,
    "by_gender": by_gender,
    "by_outlet": by_outlet,
    "over_time": over_time,
}
TABLE_TITLES = {
    "by_kind": "By kind of source",
    "officials": "Officials and others",
    "by_gender": "By gender (named people)",
    "by_outlet": "By outlet",
    "over_time": "Over time",
}


def counted(n: int, one: str, many: str | None = None) -> str:
    """`1 article`, `2 articles`: counts in a sentence people read, not a table's column."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def summary_line(voices: Voices) -> str:
    """`12 articles · 30 quotes · 4 claims · 9 people quoted`, each count in its number."""
    return (
        f"{counted(len(voices.articles), 'article')} · {counted(voices.quotes, 'quote')} · "
        f"{counted(voices.claims, 'claim')} · {counted(len(voices.people), 'person', 'people')} quoted"
    )


def voice_dict(voices: Voices, voice: Voice, with_said: bool = True) -> dict[str, Any]:
    sources = voices.articles.column("source")
    data: dict[str, Any] = {
        "name": voice.name,
        "kind": voice.kind,
        "official": voice.official,
        "roles": list(voice.roles),
        "quotes": voice.quotes,
        "claims": voice.claims,
        "articles": [sources[i] for i in voice.articles],
    }
    if voice.kind == "person" and voices.with_gender:
        data["gender"] = voice.gender
        data["gender_evidence"] = voice.gender_evidence
        data["evidence"] = voice.evidence.to_dict()
    if with_said:
        data["said"] = [
            {
                "type": s.type,
                "text": s.text,
                "source": sources[s.article],
                "start": s.start,
                "end": s.end,
            }
            for s in voice.said
        ]
    return data


def to_data(voices: Voices) -> dict[str, Any]:
    data: dict[str, Any] = {
        "articles": len(voices.articles),
        "quotes": voices.quotes,
        "claims": voices.claims,
        "gender": voices.with_gender,
        "people": [voice_dict(voices, p) for p in voices.people],
        "other_sources": [voice_dict(voices, v, with_said=False) for v in voices.others],
    }
    for name, breakdown in BREAKDOWNS.items():
        data[name] = breakdown(voices)
    return data


def to_json(voices: Voices) -> str:
    """`to_data` as JSON, written piece by piece: each person's quotes and claims are joined from
    their entries as the facts serialised them once (over ten thousand articles, building and
    encoding a dict per quote was most of the command's time)."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    head = {
        "articles": len(voices.articles),
        "quotes": voices.quotes,
        "claims": voices.claims,
        "gender": voices.with_gender,
    }
    parts = [dumps(head)[:-1], ',"people":[']
    for n, person in enumerate(voices.people):
        data = dumps(voice_dict(voices, person, with_said=False))
        parts += ["," if n else "", data[:-1], ',"said":[', ",".join(voices.said_json(person)), "]}"]
    parts += ['],"other_sources":', dumps([voice_dict(voices, v, with_said=False) for v in voices.others])]
    for name, breakdown in BREAKDOWNS.items():
        parts += [f',"{name}":', dumps(breakdown(voices))]
    parts.append("}\n")
    return "".join(parts)


def _cell(value: object) -> str:
    """A CSV cell; text a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe."""
    text = "" if value is None else f"{value:.4f}" if isinstance(value, float) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(voices: Voices) -> str:
    """One tidy table of every table: `table,row,column,value` (people first, then each breakdown)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["table", "row", "column", "value"])
    for person in voices.people:
        data = voice_dict(voices, person, with_said=False)
        for column in ("kind", "official", "quotes", "claims", "gender", "gender_evidence"):
            if column in data:
                writer.writerow([_cell("people"), _cell(person.name), _cell(column), _cell(data[column])])
        writer.writerow([_cell("people"), _cell(person.name), "articles", len(data["articles"])])
    for name, breakdown in BREAKDOWNS.items():
        for row in breakdown(voices):
            label = next(iter(row.values()))
            for column, value in list(row.items())[1:]:
                if isinstance(value, dict):
                    for k, v in value.items():
                        writer.writerow([name, _cell(label), _cell(f"{column}.{k}"), _cell(v)])
                else:
                    writer.writerow([name, _cell(label), _cell(column), _cell(value)])
    return buffer.getvalue()


# --- the tables on the command line -----------------------------------------------------------------


def _percent(share: float) -> str:
    return f"{100 * share:.0f}%"


def table_rows(voices: Voices, name: str) -> tuple[list[str], list[list[str]]]:
    """A breakdown as (header, rows of strings): what the terminal tables and the app's tables show."""
    rows = BREAKDOWNS[name](voices)
    if name == "by_kind":
        return ["kind of source", "quotes", "claims", "share"], [
            [KIND_NAMES[r["kind"]], str(r["quotes"]), str(r["claims"]), _percent(r["share"])] for r in rows
        ]
    if name == "officials":
        return ["source", "quotes", "claims", "share"], [
            [r["group"], str(r["quotes"]), str(r["claims"]), _percent(r["share"])] for r in rows
        ]
    if name == "by_gender":
        return [
            "gender",
            "people",
            "share of people",
            "quotes+claims",
            "share of quotes+claims",
            "decided by",
        ], [
            [
                r["gender"],
                str(r["people"]),
                _percent(r["people_share"]),
                str(r["quotes"] + r["claims"]),
                _percent(r["said_share"]),
                ", ".join(f"{k} {v}" for k, v in sorted(r["evidence"].items())) or "—",
            ]
            for r in rows
        ]
    header = ["outlet" if name == "by_outlet" else "month", "articles", "quotes", "claims", "people"]
    if voices.with_gender:
        header += ["women", "men", "unknown"]
    out = []
    for r in rows:
        row = [r["group"], str(r["articles"]), str(r["quotes"]), str(r["claims"]), str(r["people"])]
        if voices.with_gender:
            row += [str(r["female"]), str(r["male"]), str(r["unknown"])]
        out.append(row)
    return header, out


def people_rows(voices: Voices, limit: int | None = None) -> tuple[list[str], list[list[str]]]:
    header = ["person", "quotes", "claims", "articles", "official"]
    if voices.with_gender:
        header += ["gender", "evidence"]
    rows = []
    for p in voices.people[:limit]:
        row = [p.name, str(p.quotes), str(p.claims), str(p.article_count), "yes" if p.official else ""]
        if voices.with_gender:
            row += [p.gender or "unknown", p.gender_evidence or "—"]
        rows.append(row)
    return header, rows


def print_tables(voices: Voices, console, top: int = 25) -> None:
    """The people and every breakdown as rich tables; names from articles go in as plain Text."""
    from rich.table import Table
    from rich.text import Text

    from tui.inert import one_line

    console.print(Text(summary_line(voices)))

    def show(title: str, header: list[str], rows: list[list[str]]) -> None:
        table = Table(title=Text(title), title_justify="left")
        for i, column in enumerate(header):
            table.add_column(Text(column), justify="left" if i == 0 else "right")
        for row in rows:
            table.add_row(*(Text(one_line(cell)) for cell in row))
        console.print(table)

    header, rows = people_rows(voices, top)
    shown = f" (the first {top})" if len(voices.people) > top else ""
    show(f"People quoted, most quoted first{shown}", header, rows)
    for name, title in TABLE_TITLES.items():
        if name == "by_gender" and not voices.with_gender:
            continue
        show(title, *table_rows(voices, name))
