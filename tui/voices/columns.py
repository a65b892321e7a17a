"""Articles' Voices facts as three columnar tables, so that a corpus of ten thousand articles is
aggregated with array operations instead of one Python object per quote.

Pure (pyarrow; neither Textual nor SQLite). From the facts dicts of `tui.voices.facts`:

- `articles`: one row per article: `source`, `title`, `date`, `hash`, `outlet` (`outlet_of`);
- `sources`: one row per source as one article has it (a person, or another kind of source by its
  key): `article`, `person`, `key` (a person's name words joined by spaces), `name`, `kind` (its
  index in `KINDS`), `official`, `roles`, the gender evidence counts (`pronoun_f`, `pronoun_m`,
  `title_f`, `title_m`), `first_name` and what the name list says of it (`name_gender`, "" for
  nothing: looked up once, here, so that Voices need not load the list);
- `said`: one row per quote or claim: `article`, `source` (its row in `sources`), `claim` (false for
  a quote), `start`, `end`, `text`, `kind`, `official`, and `json`: the entry as the `--json` report
  writes it, serialised once, so that the report over a large corpus is a join of strings.

`concat` puts the tables of several parts (the parts of a Parquet dataset, a results file and the
archive) end to end, renumbering the article and source references.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa

from tui.voices.gender import name_gender
from tui.voices.kinds import KINDS

KIND_INDEX = {k: i for i, k in enumerate(KINDS)}

ARTICLES = pa.schema(
    [
        ("source", pa.string()),
        ("title", pa.string()),
        ("date", pa.string()),
        ("hash", pa.string()),
        ("outlet", pa.string()),
    ]
)
SOURCES = pa.schema(
    [
        ("article", pa.int32()),
        ("person", pa.bool_()),
        ("key", pa.string()),
        ("name", pa.string()),
        ("kind", pa.int8()),
        ("official", pa.bool_()),
        ("roles", pa.list_(pa.string())),
        ("pronoun_f", pa.int32()),
        ("pronoun_m", pa.int32()),
        ("title_f", pa.int32()),
        ("title_m", pa.int32()),
        ("first_name", pa.string()),
        ("name_gender", pa.string()),
    ]
)
SAID = pa.schema(
    [
        ("article", pa.int32()),
        ("source", pa.int32()),
        ("claim", pa.bool_()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("kind", pa.int8()),
        ("official", pa.bool_()),
        ("json", pa.string()),
    ]
)


@dataclass(frozen=True)
class FactTables:
    """The facts of a corpus, column by column (see the module's docstring)."""

    articles: pa.Table
    sources: pa.Table
    said: pa.Table

    def __len__(self) -> int:
        return self.articles.num_rows


def outlet_of(source: str) -> str:
    """An article's outlet: the site of a URL (without "www."), else the folder a file is in."""
    if source.lower().startswith(("http://", "https://")):
        host = (urlsplit(source).hostname or source).lower()
        return host[4:] if host.startswith("www.") else host
    parent = source.replace("\\", "/").rsplit("/", 1)
    return parent[0].rsplit("/", 1)[-1] if len(parent) == 2 and parent[0] else "."


def empty() -> FactTables:
    return FactTables(ARTICLES.empty_table(), SOURCES.empty_table(), SAID.empty_table())


def fact_tables(facts: Iterable[dict[str, Any]]) -> FactTables:
    """The tables of articles' facts (`tui.voices.facts.article_facts` dicts), in their order."""
    arts: dict[str, list[Any]] = {name: [] for name in ARTICLES.names}
    srcs: dict[str, list[Any]] = {name: [] for name in SOURCES.names}
    said: dict[str, list[Any]] = {name: [] for name in SAID.names}
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def add_said(article: int, source: int, items: list[list[Any]], where: str) -> None:
        for type_, start, end, text, kind, official in items:
            said["article"].append(article)
            said["source"].append(source)
            said["claim"].append(type_ == "claim")
            said["start"].append(start)
            said["end"].append(end)
            said["text"].append(text)
            said["kind"].append(KIND_INDEX[kind])
            said["official"].append(bool(official))
            said["json"].append(
                dumps({"type": type_, "text": text, "source": where, "start": start, "end": end})
            )

    for article, fact in enumerate(facts):
        where = fact["source"]
        for name in ("source", "title", "date", "hash"):
            arts[name].append(fact[name])
        arts["outlet"].append(outlet_of(where))
        for name, key, roles, evidence, items in fact["people"]:
            pronoun, title = evidence.get("pronoun") or {}, evidence.get("title") or {}
            _source_row(
                srcs, article, True, " ".join(key), name, "person", False, roles,
                (pronoun.get("female", 0), pronoun.get("male", 0), title.get("female", 0),
                 title.get("male", 0)),
                evidence.get("first_name") or "",
            )  # fmt: skip
            add_said(article, len(srcs["article"]) - 1, items, where)
        for key, name, kind, official, items in fact["others"]:
            _source_row(srcs, article, False, key, name, kind, bool(official), [], (0, 0, 0, 0), "")
            add_said(article, len(srcs["article"]) - 1, items, where)
    return FactTables(
        pa.table(arts, schema=ARTICLES), pa.table(srcs, schema=SOURCES), pa.table(said, schema=SAID)
    )


def _source_row(
    srcs: dict[str, list[Any]],
    article: int,
    person: bool,
    key: str,
    name: str,
    kind: str,
    official: bool,
    roles: list[str],
    counts: tuple[int, int, int, int],
    first_name: str,
) -> None:
    for column, value in (
        ("name_gender", (name_gender(first_name) or "") if first_name else ""),
        ("article", article),
        ("person", person),
        ("key", key),
        ("name", name),
        ("kind", KIND_INDEX[kind]),
        ("official", official),
        ("roles", list(roles)),
        ("pronoun_f", counts[0]),
        ("pronoun_m", counts[1]),
        ("title_f", counts[2]),
        ("title_m", counts[3]),
        ("first_name", first_name),
    ):
        srcs[column].append(value)


def _shifted(table: pa.Table, column: str, by: int) -> pa.Table:
    if by == 0:
        return table
    import pyarrow.compute as pc

    index = table.schema.get_field_index(column)
    return table.set_column(index, column, pc.add(table.column(column), pa.scalar(by, pa.int32())))


def concat(parts: Iterable[FactTables]) -> FactTables:
    """The tables of several parts end to end, as if their facts had been made in one go."""
    arts, srcs, said = [], [], []
    articles = sources = 0
    for part in parts:
        arts.append(part.articles)
        srcs.append(_shifted(part.sources, "article", articles))
        said.append(_shifted(_shifted(part.said, "article", articles), "source", sources))
        articles += part.articles.num_rows
        sources += part.sources.num_rows
    if not arts:
        return empty()
    if len(arts) == 1:
        return FactTables(arts[0], srcs[0], said[0])
    return FactTables(
        pa.concat_tables(arts).combine_chunks(),
        pa.concat_tables(srcs).combine_chunks(),
        pa.concat_tables(said).combine_chunks(),
    )


def take_articles(tables: FactTables, rows: list[int]) -> FactTables:
    """The tables of the articles at `rows` (in increasing order), their references renumbered."""
    import numpy as np

    keep = np.full(tables.articles.num_rows, -1, dtype=np.int64)
    keep[np.asarray(rows, dtype=np.int64)] = np.arange(len(rows))
    src_article = keep[tables.sources.column("article").to_numpy()]
    src_rows = np.flatnonzero(src_article >= 0)
    renumber = np.full(tables.sources.num_rows, -1, dtype=np.int64)
    renumber[src_rows] = np.arange(len(src_rows))
    said_article = keep[tables.said.column("article").to_numpy()]
    said_rows = np.flatnonzero(said_article >= 0)

    def replaced(table: pa.Table, taken: np.ndarray, columns: dict[str, np.ndarray]) -> pa.Table:
        table = table.take(pa.array(taken, type=pa.int64()))
        for name, values in columns.items():
            index = table.schema.get_field_index(name)
            table = table.set_column(index, name, pa.array(values, type=pa.int32()))
        return table

    return FactTables(
        tables.articles.take(pa.array(rows, type=pa.int64())),
        replaced(tables.sources, src_rows, {"article": src_article[src_rows]}),
        replaced(
            tables.said,
            said_rows,
            {
                "article": said_article[said_rows],
                "source": renumber[tables.said.column("source").to_numpy()[said_rows]],
            },
        ),
    )
