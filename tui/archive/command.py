"""`newsreader archive list|search|show|forget` and `newsreader desk export`: the archive for scripts.

A first argument naming a subcommand is always the subcommand (a file called `archive` is opened as
`./archive`). Every command takes `--archive FILE` and, but for the export, `--json` (one compact
JSON object per line). Bad input is one line on standard error and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from tui.archive import default_archive_path
from tui.archive.store import Archive, ArchiveError, ArticleEntry, Mark
from tui.archive.verdicts import STATUS_NAMES, verdict_name
from tui.inert import json_text, one_line, visible

EXIT_OK, EXIT_USAGE = 0, 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line (and exit 2), not the usage and the message."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newsreader", description="The archive of what the reader opened, and the desk.")
    top = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    common = _Parser(add_help=False)
    common.add_argument(
        "--archive",
        metavar="FILE",
        help="the archive file (default: $NEWSREADER_ARCHIVE or the user data folder)",
    )
    with_json = _Parser(add_help=False)
    with_json.add_argument("--json", action="store_true", help="one JSON object per line, for scripts")

    archive = top.add_parser("archive", help="list, search, show or forget kept articles")
    verbs = archive.add_subparsers(dest="verb", required=True, parser_class=_Parser)
    verbs.add_parser("list", parents=[common, with_json], help="every kept article, newest first")
    search = verbs.add_parser("search", parents=[common, with_json], help="search texts, quotes and claims")
    search.add_argument(
        "query", metavar="QUERY", nargs="+", help="words (searched as words, never as FTS5 syntax)"
    )
    search.add_argument(
        "--limit", type=int, default=50, help="at most this many hits of each kind (default 50)"
    )
    show = verbs.add_parser(
        "show", parents=[common, with_json], help="one article with its findings and marks"
    )
    show.add_argument("id", metavar="ID")
    forget = verbs.add_parser(
        "forget", parents=[common, with_json], help="remove an article, its findings and marks"
    )
    forget.add_argument("id", metavar="ID")

    desk = top.add_parser("desk", help="the fact-check desk")
    desk_verbs = desk.add_subparsers(dest="verb", required=True, parser_class=_Parser)
    export = desk_verbs.add_parser(
        "export", parents=[common], help="every marked claim, as ClaimReview, CSV or Markdown"
    )
    export.add_argument("--format", required=True, choices=("claimreview", "csv", "md"))
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    return parser


def _error(message: str) -> None:
    line = visible(one_line(message))
    print(line if line.startswith("newsreader") else f"newsreader: {line}", file=sys.stderr)


def _print_json(data: object) -> None:
    sys.stdout.write(json_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"))) + "\n")


def _when(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M")


def _article_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise _UsageError(
            f"{text!r} is not an archive ID (a number from `newsreader archive list`)"
        ) from None
    if value <= 0:
        raise _UsageError(f"{text!r} is not an archive ID (a number from `newsreader archive list`)")
    return value


def _open(args: argparse.Namespace, *, write: bool) -> Archive | None:
    """The archive, or None when it does not exist yet (reading commands then find nothing)."""
    path = Path(args.archive).expanduser() if args.archive else default_archive_path()
    if not write and not path.exists():
        return None
    return Archive.open(path, read_only=not write)


def main(argv: Sequence[str]) -> int:
    """`newsreader archive ARGV…` (`tui.cli` hands over what follows the subcommand's name)."""
    return run(["archive", *argv])


def run(argv: Sequence[str]) -> int:
    """The whole command line after `newsreader` (`archive …` or `desk …`)."""
    try:
        args = build_parser().parse_args(list(argv))
        if args.command == "desk":
            return _export(args)
        return {"list": _list, "search": _search, "show": _show, "forget": _forget}[args.verb](args)
    except _UsageError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except ArchiveError as exc:
        _error(str(exc))
        return EXIT_USAGE


def _entry_dict(e: ArticleEntry) -> dict:
    data = asdict(e)
    data["first_opened"], data["last_opened"] = _when(e.first_opened), _when(e.last_opened)
    return data


def _mark_dict(m: Mark) -> dict:
    data = asdict(m)
    data.pop("anchor")
    data["verdict_name"] = verdict_name(m.verdict)
    data["created"], data["updated"] = _when(m.created), _when(m.updated)
    return data


def _list(args: argparse.Namespace) -> int:
    archive = _open(args, write=False)
    for e in archive.articles() if archive else []:
        if args.json:
            _print_json(_entry_dict(e))
        else:
            counts = (
                f"{e.actors} actors · {e.quotes} quotes · {e.claims} claims"
                if e.claims is not None
                else "not analysed"
            )
            print(
                f"{e.id}\t{_when(e.last_opened)}\t{visible(one_line(e.title))[:80]}\t{counts} · {e.checked} checked"
            )
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    if not query.strip():
        raise _UsageError("archive search: QUERY is empty")
    archive = _open(args, write=False)
    for hit in archive.search(query, limit=max(1, args.limit)) if archive else []:
        if args.json:
            _print_json(asdict(hit) | {"last_opened": _when(hit.last_opened)})
        else:
            who = f"{visible(one_line(hit.who))}: " if hit.who else ""
            text = visible(one_line(hit.text))[:120]
            print(f"{hit.article_id}\t{hit.kind}\t{visible(one_line(hit.title))[:60]}\t{who}{text}")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    article_id = _article_id(args.id)
    archive = _open(args, write=False)
    stored = archive.article(article_id) if archive else None
    if stored is None or archive is None:
        raise _UsageError(f"archive show: no article {article_id} in the archive")
    marks = archive.marks(article_id)
    if args.json:
        _print_json(
            {
                **_entry_dict(stored.entry),
                "text": stored.text,
                "pipeline": stored.pipeline,
                "code": stored.code,
                "analysis": stored.analysis,
                "marks": [_mark_dict(m) for m in marks],
            }
        )
        return EXIT_OK
    e = stored.entry
    out = [
        visible(one_line(e.title)),
        f"source: {visible(one_line(e.source))}",
        *([f"by {visible(one_line(e.byline))}"] if e.byline else []),
        *([f"date: {visible(one_line(e.date))}"] if e.date else []),
        f"first opened {_when(e.first_opened)}, last opened {_when(e.last_opened)}",
    ]
    analysis = stored.analysis or {}
    for kind, who in (("quotes", "speaker_name"), ("claims", "source_name")):
        items = analysis.get(kind, [])
        out.append(f"{len(items)} {kind}:")
        for item in items:
            out.append(
                f"  {visible(one_line(item.get(who) or 'unattributed'))}: {visible(one_line(item['text']))[:200]}"
            )
    out.append(f"{len(marks)} marks:")
    for m in marks:
        verdict = verdict_name(m.verdict) or "no verdict"
        out.append(
            f"  [{verdict} · {STATUS_NAMES.get(m.status, m.status)}] {visible(one_line(m.words))[:200]}"
        )
    print("\n".join(out))
    return EXIT_OK


def _forget(args: argparse.Namespace) -> int:
    article_id = _article_id(args.id)
    archive = _open(args, write=False)
    if archive is None or archive.article(article_id) is None:
        raise _UsageError(f"archive forget: no article {article_id} in the archive")
    archive.close()
    archive = _open(args, write=True)
    assert archive is not None
    archive.forget(article_id)
    if args.json:
        _print_json({"forgotten": article_id})
    else:
        print(f"forgot article {article_id}")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from tui.archive.desk_export import Reviewer, render
    from tui.archive.keeping import speaker_labels
    from tui.settings import load_settings

    settings = load_settings()
    for warning in settings.warnings:
        _error(warning)
    archive = _open(args, write=False)
    marks = archive.marks() if archive else []
    labels = speaker_labels(archive, marks) if archive else {}
    report = render(args.format, marks, Reviewer(settings.desk_reviewer, settings.desk_url), labels)
    if args.output is None or args.output == "-":
        sys.stdout.write(report)
        return EXIT_OK
    try:
        Path(args.output).write_text(report, encoding="utf-8")
    except OSError as exc:
        raise _UsageError(f"{args.output}: cannot be written ({exc.strerror or exc})") from None
    return EXIT_OK
