"""Where Voices' analyses come from: results files as they are, anything else analysed on the fly.

A `.jsonl` or `.parquet` results file (from `newsreader corpus`) is read as it is. Files, folders,
feeds and URLs are read like a corpus's inputs (bad ones skipped with their reason); an article the
on-disk cache holds is taken from it, the others are analysed (in `jobs` processes) and cached.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tui.articles import Article, ArticleError
from tui.corpus.inputs import Skipped, item_name, list_inputs, load
from tui.corpus.results import ResultsError, read_results, results_format, text_hash
from tui.voices.columns import FactTables, concat, fact_tables
from tui.voices.facts import article_facts


class _Collector:
    """A results writer that keeps the records in memory (and puts each in the cache)."""

    def __init__(self, cache, pipeline: str | None) -> None:
        self.records: list[dict[str, Any]] = []
        self.cache = cache
        self.pipeline = pipeline

    def write(self, record: dict[str, Any]) -> None:
        self.records.append(record)
        if self.cache is not None and self.pipeline is not None:
            from tui.analysis.model import Analysis

            fields = {k: v for k, v in record.items() if k not in ("byline", "date", "hash")}
            key = self.cache.key(record["title"], record["text"], self.pipeline)
            self.cache.put(key, Analysis.from_dict(fields))


def _names_results(spec: str) -> bool:
    try:
        results_format(spec)
    except ResultsError:
        return False
    return True


def _record(data: dict[str, Any], article: Article) -> dict[str, Any]:
    data["byline"] = article.byline
    data["date"] = article.date
    data["hash"] = text_hash(article.text)
    return data


def gather(
    specs: Sequence[str],
    model: str | None = None,
    jobs: int = 1,
    use_cache: bool = True,
    advance: Callable[[int], None] = lambda n: None,
) -> tuple[FactTables, list[Skipped]]:
    """The Voices fact tables of every article the inputs hold (results files' from their sidecars,
    the rest analysed), and what was skipped.

    `advance(n)` is told of n more inputs done, for a progress bar.
    """
    parts: list[FactTables] = []
    records: list[dict[str, Any]] = []
    skipped: list[Skipped] = []
    others: list[str] = []
    for spec in specs:
        if _names_results(spec):
            from tui.voices.sidecar import results_facts

            parts.append(results_facts(spec))  # a missing one is a ResultsError: one line, exit 2
        else:
            others.append(spec)
    if not others:
        return concat(parts), skipped
    items, listing_skips = list_inputs(others)
    skipped.extend(listing_skips)
    cache = pipeline = None
    if use_cache:
        from tui.cache import AnalysisCache, pipeline_identity

        cache = AnalysisCache()
        pipeline = pipeline_identity(model)
    todo: list[Article] = []
    for item in items:
        try:
            article = load(item)
        except ArticleError as exc:
            message = str(exc)
            name = item_name(item)
            skipped.append(Skipped(name, message.removeprefix(f"{name}: ")))
            advance(1)
            continue
        hit = None
        if cache is not None and pipeline is not None:
            hit = cache.get(cache.key(article.title, article.text, pipeline), article.source)
        if hit is not None:
            records.append(_record(hit.to_dict(), article))
            advance(1)
        else:
            todo.append(article)
    if todo:
        from tui.analysis.pipeline import load_pipeline
        from tui.corpus.execution import Forked, InProcess, Summary, run_corpus

        nlp = load_pipeline(model)
        executor = Forked(nlp, jobs) if jobs > 1 and len(todo) > 1 else InProcess(nlp)
        collector = _Collector(cache, pipeline)
        summary = Summary()
        try:
            run_corpus(todo, collector, set(), executor, summary, advance)  # type: ignore[arg-type]
        finally:
            executor.close()
        records.extend(collector.records)
        skipped.extend(summary.skipped)
    parts.append(fact_tables(article_facts(r) for r in records))
    return concat(parts), skipped


def gather_library(
    items: Sequence[Any],
    cache,
    pipeline: str | None,
    model: str | None = None,
    advance: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> tuple[list[dict[str, Any]], list[Skipped]]:
    """A library's analyses for the app: cached ones taken as they are, the others analysed by a
    `newsreader corpus` child process (spaCy never runs in the app's process, so the screen never
    waits) and put in the cache, so that Voices opens at once the next time.

    `advance(done, total)` follows the progress; `cancelled()` true stops the child and returns
    what was gathered so far. What comes back are the articles' Voices facts.
    """
    import subprocess
    import sys
    import tempfile
    import time
    from pathlib import Path

    records: list[dict[str, Any]] = []
    skipped: list[Skipped] = []
    todo: list[str] = []
    total = len(items)
    for n, item in enumerate(items, 1):
        if cancelled():
            return [article_facts(r) for r in records], skipped
        try:
            article = load(item)
        except ArticleError as exc:
            name = item_name(item)
            skipped.append(Skipped(name, str(exc).removeprefix(f"{name}: ")))
            continue
        hit = None
        if cache is not None and pipeline is not None:
            hit = cache.get(cache.key(article.title, article.text, pipeline), article.source)
        if hit is not None:
            records.append(_record(hit.to_dict(), article))
        elif isinstance(item, str) or getattr(item, "location", ""):
            todo.append(item if isinstance(item, str) else item.location)
        else:
            skipped.append(Skipped(item_name(item), "a feed item with no link cannot be analysed apart"))
        advance(n - len(todo), total)
    if not todo:
        return [article_facts(r) for r in records], skipped
    with tempfile.TemporaryDirectory(prefix="newsreader-voices-") as folder:
        out = Path(folder) / "results.jsonl"
        command = [sys.executable, "-m", "tui", "corpus", *todo, "--out", str(out), "--quiet"]
        if model:
            command += ["--model", model]
        child = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            while child.poll() is None:
                if cancelled():
                    child.terminate()
                    child.wait()
                    return [article_facts(r) for r in records], skipped
                time.sleep(0.2)
                done = out.read_bytes().count(b"\n") if out.exists() else 0
                advance(total - len(todo) + done, total)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        collector = _Collector(cache, pipeline)
        for record in read_results(out):
            collector.write(record)
        records.extend(collector.records)
        analysed = {r["source"] for r in collector.records}
        skipped.extend(Skipped(loc, "could not be analysed") for loc in todo if loc not in analysed)
    return [article_facts(r) for r in records], skipped
