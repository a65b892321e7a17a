"""The results file: one record per article, in the `--json` contract plus the hash of its text.

Two formats, chosen by the name's ending:

- `.jsonl`: one compact JSON object per line, appended and flushed as each article is done. A run
  killed mid-line leaves a partial last line; readers skip it and the next run cuts it off first.
- `.parquet`: a Parquet dataset, i.e. a folder of part files (`part-00000.parquet`, …), each written
  under a temporary name and renamed into place once complete, so a kill at any point leaves a folder
  that pyarrow, pandas, DuckDB or Spark read as one table. One row per article; the entities, actors,
  quotes and claims are nested columns (lists of structs) with the same fields as the JSON.

A record's `hash` (`sha256:` and the hex digest of the article's text as analysed) is how a rerun
knows an article is already in the results.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

PARQUET_SUFFIX = ".parquet"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: A Parquet part file is written when this many rows wait, or `PART_SECONDS` after the last one.
PART_ROWS = 256
PART_SECONDS = 10.0


class ResultsError(Exception):
    """A results file that cannot be used (wrong ending, not readable); the message is one line."""


def text_hash(text: str) -> str:
    """The key of an article in a results file: the hash of the text that was analysed."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def results_format(path: str | Path) -> str:
    """ "jsonl" or "parquet", from the name; anything else is a ResultsError."""
    name = str(path).lower().rstrip("/")
    if name.endswith(PARQUET_SUFFIX):
        return "parquet"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    raise ResultsError(f"{path}: a results file ends in .jsonl or .parquet")


def is_results_path(path: str | Path) -> bool:
    """Whether `path` names an existing results file (a .jsonl file or a .parquet file or folder)."""
    try:
        results_format(path)
    except ResultsError:
        return False
    return Path(path).exists()


# --- the Parquet schema -----------------------------------------------------------------------------


#: Arrow types of the model's field annotations (`tui.analysis.model`).
_ARROW_TYPES = {
    "int": "int64",
    "bool": "bool",
    "float": "float64",
    "str": "string",
    "str | None": "string",
    "list[str]": "list<string>",
    "Span | None": "span",
    "list[Span]": "list<span>",
}


def parquet_schema():
    """The nested schema, made from the analysis model's dataclasses so that a field added there is
    a column here: the same fields as `--json`, spans as two-integer lists."""
    from dataclasses import fields

    import pyarrow as pa

    from tui.analysis.model import Actor, Claim, Entity, Quote

    span = pa.list_(pa.int64())
    arrow = {
        "int64": pa.int64(),
        "bool": pa.bool_(),
        "float64": pa.float64(),
        "string": pa.string(),
        "list<string>": pa.list_(pa.string()),
        "span": span,
        "list<span>": pa.list_(span),
    }

    def struct(cls) -> pa.DataType:
        return pa.struct([(f.name, arrow[_ARROW_TYPES[str(f.type)]]) for f in fields(cls)])

    text_columns = ("source", "title", "text", "model", "byline", "date", "hash")
    return pa.schema(
        [(name, pa.string()) for name in text_columns]
        + [
            (key, pa.list_(struct(cls)))
            for key, cls in (("entities", Entity), ("actors", Actor), ("quotes", Quote), ("claims", Claim))
        ]
    )


# --- reading ----------------------------------------------------------------------------------------


def read_results(path: str | Path, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Every complete record of a results file, in order (a partial last JSON line is left out).

    `columns` (Parquet only) reads just those fields; JSON Lines records always come whole.
    """
    fmt = results_format(path)
    p = Path(path)
    if not p.exists():
        raise ResultsError(f"{path}: no such results file")
    if fmt == "jsonl":
        yield from _read_jsonl(p)
    else:
        yield from _read_parquet(p, columns)


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    try:
        f = open(path, "rb")  # noqa: SIM115 (closed below); bytes: a cut UTF-8 sequence must not stop the rest
    except OSError as exc:
        raise ResultsError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    with f:
        for line in f:
            if not line.endswith(b"\n"):
                break  # the partial last line of a run that was killed
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                yield record


def parquet_parts(path: Path) -> list[Path]:
    """The complete part files of a Parquet dataset folder (or the file itself), in order."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.glob("part-*.parquet") if p.is_file())


def _read_parquet(path: Path, columns: list[str] | None) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    for part in parquet_parts(path):
        try:
            table = pq.read_table(part, columns=columns)
        except (OSError, ValueError) as exc:
            raise ResultsError(f"{part}: cannot be read as Parquet ({exc})") from None
        yield from table.to_pylist()


def done_hashes(path: str | Path) -> set[str]:
    """The hashes of the articles already in a results file (empty when it does not exist yet)."""
    if not Path(path).exists():
        return set()
    return {r["hash"] for r in read_results(path, columns=["hash"]) if r.get("hash")}


# --- writing ----------------------------------------------------------------------------------------


def _last_line_end(f, size: int, step: int = 1 << 16) -> int:
    """The offset just past the last newline of an open file (0 when it has none), read backwards."""
    end = size
    while end > 0:
        start = max(0, end - step)
        f.seek(start)
        cut = f.read(end - start).rfind(b"\n")
        if cut >= 0:
            return start + cut + 1
        end = start
    return 0


class ResultsWriter:
    """Appends records to a results file as they come; `close` (or leaving the `with`) writes the rest."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.format = results_format(path)
        self.written = 0
        self._rows: list[dict[str, Any]] = []
        self._last_part = time.monotonic()
        if self.format == "jsonl":
            self._file = self._open_jsonl()
        else:
            self._open_parquet()

    def _open_jsonl(self):
        if self.path.is_dir():
            raise ResultsError(f"{self.path}: is a directory, not a results file")
        try:
            f = open(self.path, "ab+")  # noqa: SIM115 (open as long as the writer)
            f.seek(0, os.SEEK_END)
            size = f.tell()
            if size:
                # cut a partial last line (a killed run's) so the next record starts on its own line
                f.seek(size - 1)
                if f.read(1) != b"\n":
                    f.truncate(_last_line_end(f, size))
                f.seek(0, os.SEEK_END)
        except OSError as exc:
            raise ResultsError(f"{self.path}: cannot be written ({exc.strerror or exc})") from None
        return f

    def _open_parquet(self) -> None:
        if self.path.is_file():
            raise ResultsError(
                f"{self.path}: is a file; corpus writes Parquet as a dataset folder (part files) so that it "
                "can resume: name a new folder"
            )
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ResultsError(f"{self.path}: cannot be made ({exc.strerror or exc})") from None
        for stale in self.path.glob(".part-*.tmp"):  # a part a killed run was writing
            with contextlib.suppress(OSError):
                stale.unlink()
        parts = parquet_parts(self.path)
        self._next_part = int(parts[-1].stem.split("-")[1]) + 1 if parts else 0

    def write(self, record: dict[str, Any]) -> None:
        self.written += 1
        if self.format == "jsonl":
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
            self._file.write(line.encode("utf-8", "surrogatepass"))
            self._file.flush()
            return
        self._rows.append(record)
        if len(self._rows) >= PART_ROWS or time.monotonic() - self._last_part >= PART_SECONDS:
            self._write_part()

    def _write_part(self) -> None:
        if not self._rows:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = parquet_schema()
        table = pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in self._rows], schema=schema)
        final = self.path / f"part-{self._next_part:05d}.parquet"
        temp = self.path / f".part-{self._next_part:05d}.tmp"
        pq.write_table(table, temp)
        os.replace(temp, final)
        self._next_part += 1
        self._rows = []
        self._last_part = time.monotonic()

    def close(self) -> None:
        if self.format == "jsonl":
            self._file.close()
        else:
            self._write_part()

    def __enter__(self) -> ResultsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
