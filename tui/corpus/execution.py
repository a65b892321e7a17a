"""Running a corpus: articles read here one at a time, analysed in batches by an executor (this
process, forked processes, or a Dask cluster), and the records written in input order as they come.

The analysis of a batch is a pure function of its texts and the pipeline (`analyse_batch`), so every
executor gives the same records; only where the work runs differs. At most a few batches per worker
are in flight, so memory stays flat however large the corpus.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from tui.articles import ArticleError
from tui.corpus.inputs import Item, Skipped, item_name, load
from tui.corpus.results import ResultsWriter, text_hash

#: (source, title, text, byline, date, hash): what a worker needs to analyse one article.
Job = tuple[str, str, str, str, str, str]
#: Articles per batch sent to a worker: enough to make the round trip cheap, few enough that a
#: retried batch costs little.
BATCH_SIZE = 8
#: Batches in flight per worker. Records are written in input order, so a slow batch holds back the
#: ones after it: with two per worker, a worker that finished its own while the oldest still ran had
#: nothing left to take and idled; four keep it busy (a few dozen records in memory).
WINDOW_PER_WORKER = 4


def batch_size_for(articles: int, workers: int) -> int:
    """`BATCH_SIZE`, or fewer for a small corpus: every worker should get several batches, or the
    last round runs on one worker while the others wait (40 articles in batches of 8 on two
    workers are three rounds of work, not two and a half)."""
    return max(1, min(BATCH_SIZE, articles // max(1, workers * WINDOW_PER_WORKER)))


def analyse_job(nlp: Any, job: Job) -> dict[str, Any] | str:
    """One article's record (the `--json` object and its hash), or a one-line reason it failed."""
    from tui.analysis.analyze import analyze

    source, title, text, byline, date, digest = job
    try:
        record = analyze(nlp, source, title, text).to_dict()
    except Exception as exc:
        return f"analysis failed: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
    record["byline"] = byline
    record["date"] = date
    record["hash"] = digest
    return record


def analyse_batch(nlp: Any, batch: Sequence[Job]) -> list[dict[str, Any] | str]:
    return [analyse_job(nlp, job) for job in batch]


class Executor(Protocol):
    """Where batches run: `submit` returns a handle, `result` waits for its records."""

    workers: int

    def submit(self, batch: list[Job]) -> Any: ...

    def result(self, handle: Any) -> list[dict[str, Any] | str]: ...

    def close(self) -> None: ...


class InProcess:
    """The analysis in this process: `--jobs 1`."""

    workers = 1

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def submit(self, batch: list[Job]) -> list[Job]:
        return batch

    def result(self, handle: list[Job]) -> list[dict[str, Any] | str]:
        return analyse_batch(self.nlp, handle)

    def close(self) -> None:
        pass


_FORKED_NLP: Any = None  # the pipeline forked workers inherit from the parent


def _analyse_in_fork(batch: list[Job]) -> list[dict[str, Any] | str]:
    return analyse_batch(_FORKED_NLP, batch)


def _one_process_per_worker() -> None:
    """A `--jobs` worker parses alone: marked daemonic, as Dask's workers are, so that a long text's
    `nlp.pipe` does not start processes of its own (`tui.analysis.analyze._parse`) on cores the
    other workers are using. The corpus's parallelism is its workers."""
    mp.current_process().daemon = True


class Forked:
    """`--jobs N`: N forked processes that share the pipeline loaded here (copy on write)."""

    def __init__(self, nlp: Any, jobs: int) -> None:
        global _FORKED_NLP
        _FORKED_NLP = nlp
        self.workers = jobs
        self.pool = ProcessPoolExecutor(
            max_workers=jobs, mp_context=mp.get_context("fork"), initializer=_one_process_per_worker
        )

    def submit(self, batch: list[Job]) -> Future:
        return self.pool.submit(_analyse_in_fork, batch)

    def result(self, handle: Future) -> list[dict[str, Any] | str]:
        return handle.result()

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


@dataclass
class Summary:
    """What a run did."""

    listed: int = 0
    analysed: int = 0
    already: int = 0  # in the results before this run
    duplicates: int = 0  # the same text twice in this run's inputs
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0


def run_corpus(
    items: Sequence[Item],
    writer: ResultsWriter,
    done: set[str],
    executor: Executor,
    summary: Summary,
    advance: Callable[[int], None] = lambda n: None,
    batch_size: int = BATCH_SIZE,
) -> Summary:
    """Analyse every item not yet in `done`, writing records in input order; skips are noted.

    `advance(n)` is told of every n items finished (analysed, skipped or already there): the
    progress bar's hook. The `summary` is filled as the run goes, so an interrupted run still has it.
    """
    started = time.monotonic()
    summary.listed += len(items)
    seen = set(done)
    in_flight: deque[tuple[Any, list[Job]]] = deque()
    window = max(1, executor.workers * WINDOW_PER_WORKER)

    def collect() -> None:
        handle, batch = in_flight.popleft()
        for job, record in zip(batch, executor.result(handle), strict=True):
            if isinstance(record, str):
                summary.skipped.append(Skipped(job[0], record))
            else:
                writer.write(record)
                summary.analysed += 1
        advance(len(batch))

    batch: list[Job] = []
    try:
        for item in items:
            try:
                article = load(item)
            except ArticleError as exc:
                summary.skipped.append(_reason(item, exc))
                advance(1)
                continue
            digest = text_hash(article.text)
            if digest in seen:
                if digest in done:
                    summary.already += 1
                else:
                    summary.duplicates += 1
                advance(1)
                continue
            seen.add(digest)
            batch.append((article.source, article.title, article.text, article.byline, article.date, digest))
            if len(batch) >= batch_size:
                in_flight.append((executor.submit(batch), batch))
                batch = []
                while len(in_flight) >= window:
                    collect()
        if batch:
            in_flight.append((executor.submit(batch), batch))
        while in_flight:
            collect()
    finally:
        summary.seconds += time.monotonic() - started
    return summary


def _reason(item: Item, exc: ArticleError) -> Skipped:
    name = item_name(item)
    message = str(exc)
    return Skipped(name, message[len(name) + 2 :] if message.startswith(f"{name}: ") else message)
