"""The facts of a results file, kept beside it so that Voices reads a corpus's texts only once.

A results file of 10,000 articles is some 200 MB of JSON (texts and entities); their Voices facts
(`tui.voices.facts`) are a tenth of that. The first `voices` over a results file writes them to a
sidecar; later ones read the sidecar, plus only what a resumed corpus run appended since:

- `RESULTS.jsonl` → `RESULTS.jsonl.voices`, whose header line holds the facts' rules version, the
  byte offset of the results read so far and a hash of their first 64 KB (so a file rewritten rather
  than appended is read again);
- a Parquet dataset folder → a `.voices-part-NNNNN.arrow` beside each part (parts never change once
  written; a dot name, which Parquet readers skip), keyed by the part's size and time.

After the header line come the facts' three tables (`tui.voices.columns`) as Arrow IPC streams, one
after the other (the header gives their lengths): read through a memory map, ten thousand articles'
facts are there at once, with no parsing. A sidecar is written whole to a temporary file and then
renamed over the old one, so a crash leaves the old sidecar or the new one, never half of one.

A sidecar that cannot be written (a read-only folder) is no error: the facts are computed each time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from tui.corpus.results import parquet_parts, results_format
from tui.voices.columns import FactTables, concat, fact_tables
from tui.voices.facts import article_facts

HEAD_BYTES = 1 << 16
#: The columns facts need: everything but the entities (the largest column).
FACT_COLUMNS = ["source", "title", "date", "hash", "text", "actors", "quotes", "claims"]
TABLES = ("articles", "sources", "said")


@lru_cache(maxsize=1)
def facts_version() -> str:
    """A hash of the rules that make facts and their columns: a change makes every sidecar stale."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in ("facts.py", "gender.py", "kinds.py", "columns.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


def results_facts(path: str | Path) -> FactTables:
    """The fact tables of every article in a results file, from its sidecar where it is current."""
    if results_format(path) == "jsonl":
        return _jsonl_facts(Path(path))
    inside = Path(path).is_dir()  # a dataset folder: each part's sidecar beside it, inside
    return concat(_part_facts(part, inside) for part in parquet_parts(Path(path)))


def read_side(side: Path) -> tuple[dict[str, Any] | None, FactTables | None]:
    """(header, tables) of a sidecar; (None, None) when it is missing or cannot be read."""
    try:
        with pa.memory_map(str(side), "r") as source:
            buffer = source.read_buffer()
    except (OSError, pa.ArrowException):
        return None, None
    try:
        end = buffer.slice(0, min(buffer.size, HEAD_BYTES)).to_pybytes().index(b"\n")
        header = json.loads(buffer.slice(0, end).to_pybytes())
        lengths = header.pop("lengths")
        offset = end + 1
        tables = []
        for length in lengths:
            tables.append(pa.ipc.open_stream(buffer.slice(offset, length)).read_all())
            offset += length
        if offset != buffer.size or len(tables) != len(TABLES):
            return None, None
        return header, FactTables(*tables)
    except (ValueError, KeyError, TypeError, AttributeError, pa.ArrowException):
        return None, None


def write_side(side: Path, header: dict[str, Any], tables: FactTables) -> None:
    """Write a sidecar whole, then put it in place; one that cannot be written is left unwritten."""
    streams = []
    for name in TABLES:
        sink = pa.BufferOutputStream()
        table = getattr(tables, name)
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        streams.append(sink.getvalue())
    temp = side.with_name(f".{side.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "wb") as f:
            f.write(json.dumps({**header, "lengths": [b.size for b in streams]}).encode() + b"\n")
            for buffer in streams:
                f.write(buffer)
        os.replace(temp, side)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()


def _head_hash(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read(HEAD_BYTES)).hexdigest()


def _jsonl_facts(path: Path) -> FactTables:
    from tui.corpus.results import ResultsError

    try:
        size = path.stat().st_size
        head = _head_hash(path)
    except OSError as exc:
        raise ResultsError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    side = Path(f"{path}.voices")
    header, kept = read_side(side)
    start = 0
    if (
        header is not None
        and kept is not None
        and header.get("version") == facts_version()
        and header.get("head") == head
        and isinstance(header.get("offset"), int)
        and header["offset"] <= size
    ):
        start = header["offset"]
    else:
        kept = None
    if start == size and kept is not None:
        return kept
    offset = start
    facts: list[dict[str, Any]] = []
    with open(path, "rb") as f:
        f.seek(start)
        for line in f:
            if not line.endswith(b"\n"):
                break  # a partial last line: read again next time, once complete
            offset += len(line)
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                facts.append(article_facts(record))
    tables = fact_tables(facts) if kept is None else concat([kept, fact_tables(facts)])
    write_side(side, {"version": facts_version(), "offset": offset, "head": head}, tables)
    return tables


def _part_facts(part: Path, inside: bool) -> FactTables:
    import pyarrow.parquet as pq

    from tui.corpus.results import ResultsError

    info = part.stat()
    stamp = {"version": facts_version(), "size": info.st_size, "mtime": info.st_mtime_ns}
    side = part.with_name(f".voices-{part.stem}.arrow") if inside else Path(f"{part}.voices")
    header, kept = read_side(side)
    if header == stamp and kept is not None:
        return kept
    try:
        table = pq.read_table(part, columns=FACT_COLUMNS)
    except (OSError, ValueError) as exc:
        raise ResultsError(f"{part}: cannot be read as Parquet ({exc})") from None
    tables = fact_tables(article_facts(r) for r in table.to_pylist())
    write_side(side, stamp, tables)
    return tables
