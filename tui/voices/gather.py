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
) -> tuple[list[dict[str, Any]], list[Skipped]]:
    """Every analysis the inputs hold (results files read, the rest analysed), and what was skipped.

    `advance(n)` is told of n more inputs done, for a progress bar.
    """
    records: list[dict[str, Any]] = []
    skipped: list[Skipped] = []
    others: list[str] = []
    for spec in specs:
        if _names_results(spec):
            records.extend(read_results(spec))  # a missing one is a ResultsError: one line, exit 2
        else:
            others.append(spec)
    if not others:
        return records, skipped
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
    return records, skipped
