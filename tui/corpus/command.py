"""`newsreader corpus PATH... --out RESULTS.jsonl|RESULTS.parquet [--jobs N] [--dask ADDRESS]`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from tui.inert import json_text, visible

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
#: How many skipped inputs the summary names (all of them are in the skipped file).
SHOWN_SKIPS = 20


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsreader corpus",
        description=(
            "Analyse many articles once each into one results file: JSON Lines (one --json object per "
            "line) or Parquet (a dataset folder, one row per article). A rerun skips the articles "
            "already in the results; unreadable or binary files are skipped with their reason."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders (with subfolders), feeds, URLs"
    )
    parser.add_argument(
        "--out",
        "-o",
        required=True,
        metavar="RESULTS",
        help="the results: a .jsonl file or a .parquet folder",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help="analyse in N processes (default 1; with --dask local, one per core)",
    )
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on a Dask cluster: its scheduler's address, or 'local' for a LocalCluster here "
        "(of --jobs workers; one per core by default)",
    )
    parser.add_argument("--model", metavar="NAME", default=None, help="an installed spaCy pipeline")
    parser.add_argument(
        "--batch",
        type=int,
        default=None,
        metavar="N",
        help="articles per task (default 8; fewer when the corpus is small)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    return parser


def _error(message: str) -> None:
    print(f"newsreader corpus: {visible(message)}", file=sys.stderr)


def skipped_path(out: str) -> Path:
    """Where a run lists the inputs it skipped (one JSON object per line): beside the results."""
    return Path(out.rstrip("/") + ".skipped.jsonl")


#: Thread pools of the numerical libraries under spaCy, one thread each: the corpus runs a process
#: per core, and each library's own threads would only compete with the other processes for them.
ONE_THREAD = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
)


def cores() -> int:
    """The cores this process may run on: `--dask local`'s workers when --jobs is not given."""
    import os

    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def main(argv: Sequence[str]) -> int:
    import os

    for name in ONE_THREAD:  # before numpy and spaCy are imported (a setting of the user's stays)
        os.environ.setdefault(name, "1")
    args = build_parser().parse_args(list(argv))
    from tui.corpus.execution import Forked, InProcess, Summary, batch_size_for, run_corpus
    from tui.corpus.inputs import list_inputs
    from tui.corpus.results import ResultsError, ResultsWriter, done_hashes

    if (args.jobs is not None and args.jobs < 1) or (args.batch is not None and args.batch < 1):
        _error("--jobs and --batch take a number from 1 up")
        return EXIT_USAGE
    try:
        done = done_hashes(args.out)
        writer = ResultsWriter(args.out)
    except ResultsError as exc:
        _error(str(exc))
        return EXIT_USAGE
    items, listing_skips = list_inputs(args.paths)
    summary = Summary(skipped=list(listing_skips))
    executor = None
    try:
        with writer:
            if args.dask:
                from tui.corpus.analysis_process import AnalysisProcessError
                from tui.corpus.cluster import OnDask

                try:
                    executor = OnDask(args.dask, args.model, workers=args.jobs or cores())
                except OSError as exc:
                    _error(f"--dask {args.dask}: cannot reach the scheduler ({exc})")
                    return EXIT_USAGE
                except AnalysisProcessError as exc:  # on a worker: a pipeline that does not load
                    _error(str(exc))
                    return EXIT_USAGE
            else:
                from tui.analysis.pipeline import PipelineError, load_pipeline

                try:
                    nlp = load_pipeline(args.model)
                except PipelineError as exc:
                    _error(str(exc))
                    return EXIT_USAGE
                jobs = args.jobs or 1
                executor = Forked(nlp, jobs) if jobs > 1 and len(items) > 1 else InProcess(nlp)
            with _progress(len(items), quiet=args.quiet) as advance:
                run_corpus(
                    items,
                    writer,
                    done,
                    executor,
                    summary,
                    advance,
                    batch_size=args.batch or batch_size_for(len(items), executor.workers),
                )
    except KeyboardInterrupt:
        _report(summary, args.out, interrupted=True)
        return 130
    finally:
        if executor is not None:
            executor.close()
    _report(summary, args.out)
    return EXIT_OK


class _progress:
    """A rich progress bar on standard error (none when it is not a terminal, or with --quiet)."""

    def __init__(self, total: int, quiet: bool) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        console = Console(stderr=True)
        self.progress = Progress(
            TextColumn("analysing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[speed_text]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=console,
            disable=quiet or not console.is_terminal,
        )
        self.task = self.progress.add_task("corpus", total=total, speed_text="")

    def __enter__(self):
        self.progress.start()

        def advance(n: int) -> None:
            self.progress.advance(self.task, n)
            speed = self.progress.tasks[0].speed
            if speed:
                self.progress.update(self.task, speed_text=f"{speed:.1f}/s")

        return advance

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()


def _report(summary, out: str, interrupted: bool = False) -> None:
    """The summary on standard error; the skipped inputs also go to OUT.skipped.jsonl."""
    rate = summary.analysed / summary.seconds if summary.seconds else 0.0
    head = "interrupted: " if interrupted else ""
    print(
        f"{head}{summary.analysed} analysed, {summary.already} already in the results, "
        f"{summary.duplicates} duplicate texts, {len(summary.skipped)} skipped; "
        f"{summary.seconds:.1f} s ({rate:.1f} articles/s) → {visible(out)}",
        file=sys.stderr,
    )
    path = skipped_path(out)
    if summary.skipped:
        for skip in summary.skipped[:SHOWN_SKIPS]:
            print(f"  skipped {visible(skip.source)}: {visible(skip.reason)}", file=sys.stderr)
        if len(summary.skipped) > SHOWN_SKIPS:
            print(f"  … and {len(summary.skipped) - SHOWN_SKIPS} more", file=sys.stderr)
        try:
            with open(path, "w", encoding="utf-8") as f:
                for skip in summary.skipped:
                    f.write(json_text(json.dumps(skip.to_dict(), ensure_ascii=False)) + "\n")
            print(f"  the skipped inputs are listed in {visible(str(path))}", file=sys.stderr)
        except OSError as exc:
            _error(f"{path}: cannot be written ({exc.strerror or exc})")
    elif path.exists():
        path.unlink(missing_ok=True)  # a stale list from an earlier run
