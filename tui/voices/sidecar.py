"""The facts of a results file, kept beside it so that Voices reads a corpus's texts only once.

A results file of 10,000 articles is some 200 MB of JSON (texts and entities); their Voices facts
(`tui.voices.facts`) are a tenth of that. The first `voices` over a results file writes them to a
sidecar; later ones read the sidecar, plus only what a resumed corpus run appended since:

- `RESULTS.jsonl` → `RESULTS.jsonl.voices`: a header line (the facts' rules version, the byte
  offset of the results read so far and a hash of their first 64 KB, so a file rewritten rather than
  appended is read again) and one facts object per line;
- a Parquet dataset folder → a `.voices-part-NNNNN.jsonl` beside each part (parts never change once
  written; a dot name, which Parquet readers skip), keyed by the part's size and time.

A sidecar that cannot be written (a read-only folder) is no error: the facts are computed each time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from tui.corpus.results import parquet_parts, results_format
from tui.voices.facts import article_facts

HEAD_BYTES = 1 << 16
#: The columns facts need: everything but the entities (the largest column).
FACT_COLUMNS = ["source", "title", "date", "hash", "text", "actors", "quotes", "claims"]


@lru_cache(maxsize=1)
def facts_version() -> str:
    """A hash of the rules that make facts: a change to them makes every sidecar stale."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in ("facts.py", "gender.py", "kinds.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


def results_facts(path: str | Path) -> list[dict[str, Any]]:
    """The facts of every article in a results file, from its sidecar where it is current."""
    if results_format(path) == "jsonl":
        return _jsonl_facts(Path(path))
    facts: list[dict[str, Any]] = []
    inside = Path(path).is_dir()  # a dataset folder: each part's sidecar beside it, inside
    for part in parquet_parts(Path(path)):
        facts.extend(_part_facts(part, inside))
    return facts


def _read_side(side: Path) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    try:
        with open(side, "rb") as f:
            header = json.loads(f.readline())
            facts = [json.loads(line) for line in f if line.endswith(b"\n")]
    except (OSError, ValueError):
        return None, []
    return (header if isinstance(header, dict) else None), facts


def _write_side(side: Path, header: dict[str, Any], facts: list[dict[str, Any]]) -> None:
    temp = side.with_name(f".{side.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "w", encoding="utf-8") as f:
            f.write(json.dumps(header) + "\n")
            for fact in facts:
                f.write(json.dumps(fact, ensure_ascii=False, separators=(",", ":")) + "\n")
        os.replace(temp, side)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()


def _head_hash(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read(HEAD_BYTES)).hexdigest()


def _jsonl_facts(path: Path) -> list[dict[str, Any]]:
    from tui.corpus.results import ResultsError

    try:
        size = path.stat().st_size
        head = _head_hash(path)
    except OSError as exc:
        raise ResultsError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    side = Path(f"{path}.voices")
    header, facts = _read_side(side)
    start = 0
    if (
        header is not None
        and header.get("version") == facts_version()
        and header.get("head") == head
        and isinstance(header.get("offset"), int)
        and header["offset"] <= size
    ):
        start = header["offset"]
    else:
        facts = []
    if start == size:
        return facts
    offset = start
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
    _write_side(side, {"version": facts_version(), "offset": offset, "head": head}, facts)
    return facts


def _part_facts(part: Path, inside: bool) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    from tui.corpus.results import ResultsError

    info = part.stat()
    stamp = {"version": facts_version(), "size": info.st_size, "mtime": info.st_mtime_ns}
    side = part.with_name(f".voices-{part.stem}.jsonl") if inside else Path(f"{part}.voices")
    header, facts = _read_side(side)
    if header == stamp:
        return iter(facts)
    try:
        table = pq.read_table(part, columns=FACT_COLUMNS)
    except (OSError, ValueError) as exc:
        raise ResultsError(f"{part}: cannot be read as Parquet ({exc})") from None
    facts = [article_facts(r) for r in table.to_pylist()]
    _write_side(side, stamp, facts)
    return iter(facts)
