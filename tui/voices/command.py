"""`newsreader voices PATH...|RESULTS.jsonl|RESULTS.parquet|--archive [FILE] [--json|--csv|--html] [-o FILE]
[--no-gender]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from tui.inert import json_text, visible

EXIT_OK = 0
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsreader voices",
        description=(
            "Who is quoted across many articles: people with their quotes and claims, most quoted first, "
            "and the breakdowns by kind of source, officials, gender, outlet and month."
        ),
        epilog=(
            "PATH is a results file of `newsreader corpus` (.jsonl or .parquet), or files, folders, feeds "
            "and URLs, analysed on the fly (cached like the reader's analyses)."
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH")
    parser.add_argument(
        "--archive",
        nargs="?",
        const="",
        metavar="FILE",
        help="the articles the reader has kept (its archive, or FILE), read-only; with PATHs, added to them",
    )
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="the documented JSON object (see the README)")
    out.add_argument("--csv", action="store_true", help="every table as one tidy CSV: table,row,column,value")
    out.add_argument("--html", action="store_true", help="a standalone page with the charts as inline SVG")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    parser.add_argument(
        "--no-gender", action="store_true", help="leave gender out entirely (no guess, no evidence, no table)"
    )
    parser.add_argument("--top", type=int, default=25, metavar="N", help="people in the terminal table (25)")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="analyse in N processes")
    parser.add_argument("--model", metavar="NAME", default=None, help="an installed spaCy pipeline")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the analysis cache")
    return parser


def _error(message: str) -> None:
    print(f"newsreader voices: {visible(message)}", file=sys.stderr)


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    from tui.analysis.pipeline import PipelineError
    from tui.corpus.results import ResultsError
    from tui.voices.aggregate import collect_facts
    from tui.voices.columns import concat
    from tui.voices.gather import gather

    if not args.paths and args.archive is None:
        _error("give articles, a folder, a feed, a results file, or --archive")
        return EXIT_USAGE
    parts: list = []
    skipped: list = []
    if args.archive is not None:
        from tui.archive.store import ArchiveError
        from tui.voices.archived import archive_facts

        try:
            archived, skipped = archive_facts(args.archive or None)
            parts.append(archived)
        except ArchiveError as exc:
            _error(str(exc))
            return EXIT_USAGE
    try:
        if args.paths:
            more, more_skipped = gather(
                args.paths, model=args.model, jobs=max(1, args.jobs), use_cache=not args.no_cache
            )
            parts.append(more)
            skipped += more_skipped
    except (ResultsError, PipelineError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    for skip in skipped:
        _error(f"skipped {skip.source}: {skip.reason}")
    facts = concat(parts)
    if not len(facts):
        _error("no article could be analysed")
        return EXIT_USAGE
    voices = collect_facts(facts, with_gender=not args.no_gender)
    if args.json or args.csv or args.html:
        from tui.voices import report

        if args.json:
            text = json_text(report.to_json(voices))
        elif args.csv:
            text = report.to_csv(voices)
        else:
            from tui.voices.page import to_html

            text = to_html(voices)
        return _write(text, args.output)
    from rich.console import Console

    if args.output and args.output != "-":
        try:
            with open(args.output, "w", encoding="utf-8") as f:
                from tui.voices.report import print_tables

                print_tables(voices, Console(file=f, width=120, no_color=True), top=args.top)
        except OSError as exc:
            _error(f"{args.output}: cannot be written ({exc.strerror or exc})")
            return EXIT_USAGE
        return EXIT_OK
    from tui.voices.report import print_tables

    print_tables(voices, Console(), top=args.top)
    return EXIT_OK


def _write(text: str, output: str | None) -> int:
    from tui.cli import write_output

    return write_output(text, output, _error)
