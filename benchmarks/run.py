"""Speed measurements for newsreader, each a ratio against a baseline measured side by side in this run.

    python benchmarks/run.py [--pairs 9] [--batch-folder DIR] [--skip NAME ...]

Every figure alternates the command and its baseline (`--pairs` times, at least five; nine by
default, as single pairs of the interactive figures vary by ±10 % on a 2-core machine), takes the
ratio of each pair, and prints the median ratio with the medians of both times. Interactive
figures start both programs in a real terminal (tmux, 120×40) from this virtual environment and
time until the expected text is on screen. Nothing here asserts: the targets are printed beside
the figures, and tests check behaviour, not speed.

Two figures are absolute, and marked so in the table, because their limit is not another program:
  redraw        one frame at 60 Hz (16.7 ms) is what a key press may cost before the eye sees a lag;
                beside it, the ratio figure: the same redraw on the 100,000-word article vs the seed
                (only visible lines are drawn, so it should not grow with the article)
  memory        500 MB is the budget of a small machine the reader runs on; a peak resident size is
                one reading of the kernel's, not noisy as times are, so one run tells it

Figures (issue 4):
  first paint   newsreader (no cache) headline on screen  vs  a minimal Textual app showing the same text
  cold summary  newsreader (no cache) summary line        vs  a script: import spaCy, load, parse
  warm reopen   newsreader (cached) summary line          vs  the minimal app's first paint
  long: first paint of a 100,000-word text vs the seed's; redraw per key; peak memory; throughput
  batch         --json --jobs 2 vs --jobs 1 over a folder of article files (--batch-folder, ≥ 200 files;
                the benchmark ships no third-party articles: write your own, e.g. the dev gold texts)
  versus        (issue 14) the analysis' throughput against an earlier build: `--json --no-cache --jobs 1`
                over --batch-folder by this environment's newsreader vs --versus PATH (another
                environment's `newsreader`, e.g. one installed from the commit before a change); wall
                and CPU time (user + system of the command and its children), ratio per pair

Figures (issue 15, see benchmarks/long_text.py): keys, json, pipe, lastline, lostkeys.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import long_text as issue15  # noqa: E402
from tui.analysis.pipeline_names import default_pipeline_name  # noqa: E402
from tui.resources import default_article  # noqa: E402
from tui.sources.local import read_article  # noqa: E402

BIN = Path(sys.executable).parent
NEWSREADER = BIN / "newsreader"
SUMMARY = re.compile(r"\d+ actors? · \d+ quotes? · \d+ claims?")
SESSION = "newsreader-bench"
KEEPER = "newsreader-bench-keeper"
FRAME_MS = 1000 / 60
BENCH_ARCHIVE = Path(tempfile.gettempdir()) / f"newsreader-bench-archive-{os.getpid()}.sqlite3"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True).stdout


def time_on_screen(
    command: list[str], ready: Callable[[str], bool], env: dict[str, str], timeout: float = 120
) -> float:
    """Seconds from starting `command` in a fresh tmux window until `ready(screen)` holds."""
    tmux("kill-session", "-t", SESSION)
    keep_server()
    cmd = " ".join(_quote(c) for c in command)
    env = {"NEWSREADER_ARCHIVE": str(BENCH_ARCHIVE), **env}  # never the user's archive
    envs = [f"{k}={_quote(v)}" for k, v in env.items()]
    start = time.perf_counter()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", f"env {' '.join(envs)} {cmd}"],
        check=True,
    )
    try:
        while time.perf_counter() - start < timeout:
            if ready(tmux("capture-pane", "-p", "-t", SESSION)):
                return time.perf_counter() - start
            time.sleep(0.01)
        raise RuntimeError(f"timed out: {cmd}\n{tmux('capture-pane', '-p', '-t', SESSION)}")
    finally:
        tmux("kill-session", "-t", SESSION)


def keep_server() -> None:
    """One tmux server for the whole run, kept up by a session of its own: a server started per
    measurement adds its start-up to the time, and one still shutting down refuses the next. (The
    server has been seen to exit during a run; it is then started again, outside the timing.)"""
    for attempt in range(10):
        if not subprocess.run(["tmux", "has-session", "-t", KEEPER], capture_output=True).returncode:
            return
        started = subprocess.run(
            ["tmux", "new-session", "-d", "-s", KEEPER, "sleep 100000"], capture_output=True
        )
        if not started.returncode:
            return
        time.sleep(0.2 * (attempt + 1))  # "server exited unexpectedly": the old one is still going away
    raise RuntimeError(f"tmux cannot be started: {started.stderr.decode(errors='replace').strip()}")


def _quote(s: str) -> str:
    return "'" + s.replace("'", "'\\''") + "'"


def pairs(name: str, measure: Callable[[], float], baseline: Callable[[], float], n: int) -> dict:
    """Alternate measure and baseline n times; the median of per-pair ratios."""
    ours, base, ratios = [], [], []
    for i in range(n):
        if i % 2:
            b, a = baseline(), measure()
        else:
            a, b = measure(), baseline()
        ours.append(a)
        base.append(b)
        ratios.append(a / b)
        print(f"  {name} pair {i + 1}: {a:.3f}s vs {b:.3f}s = {a / b:.2f}", file=sys.stderr, flush=True)
    return {
        "ours": statistics.median(ours),
        "base": statistics.median(base),
        "ratio": statistics.median(ratios),
    }


def headline_visible(title: str) -> Callable[[str], bool]:
    words = title.split()[:4]
    probe = " ".join(words)
    return lambda screen: probe in screen


def long_text(words: int = 100_000) -> str:
    """A long article made of the bundled seed's paragraphs, numbered so no two are the same."""
    article = read_article(default_article())
    paragraphs = article.text.split("\n\n")[1:]
    out, count, n = [article.title + " (long edition)"], 0, 0
    while count < words:
        p = paragraphs[n % len(paragraphs)]
        out.append(f"{p} ({n + 1})")
        count += len(p.split()) + 1
        n += 1
    return "\n\n".join(out) + "\n"


def row(name: str, result: dict, target: str, unit: str = "s") -> str:
    return f"| {name} | {result['ours']:.3f} {unit} | {result['base']:.3f} {unit} | {result['ratio']:.2f}× | {target} |"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pairs", type=int, default=9)
    parser.add_argument(
        "--batch-folder", type=Path, help="a folder of ≥ 200 article files for the batch figure"
    )
    parser.add_argument(
        "--versus",
        type=Path,
        metavar="NEWSREADER",
        help="an earlier build's newsreader for the versus figure",
    )
    parser.add_argument(
        "--skip",
        nargs="*",
        default=[],
        choices=[
            "paint",
            "cold",
            "warm",
            "long",
            "batch",
            "versus",
            "keys",
            "json",
            "pipe",
            "lastline",
            "lostkeys",
        ],
    )
    args = parser.parse_args()
    if shutil.which("tmux") is None or not NEWSREADER.exists():
        print("needs tmux and newsreader installed in this environment (pip install .)", file=sys.stderr)
        return 2
    keep_server()
    try:
        return _run(args)
    finally:
        tmux("kill-session", "-t", KEEPER)


def _run(args: argparse.Namespace) -> int:
    n = max(5, args.pairs)
    work = Path(tempfile.mkdtemp(prefix="newsreader-bench-"))
    seed = work / "seed.txt"
    article = read_article(default_article())
    seed.write_text(article.text, encoding="utf-8")
    pipeline = default_pipeline_name() or "en_core_web_sm"
    env_cold = {"NEWSREADER_CACHE_DIR": str(work / "cache")}
    rows = ["| figure | newsreader | baseline | ratio (median of pairs) | target |", "|---|---|---|---|---|"]

    def newsreader(*extra: str, path: Path = seed) -> list[str]:
        return [str(NEWSREADER), *extra, str(path)]

    minimal = [str(BIN / "python"), str(ROOT / "benchmarks" / "minimal_app.py"), str(seed)]
    plain = [str(BIN / "python"), str(ROOT / "benchmarks" / "plain_spacy.py"), str(seed), pipeline]
    headline = headline_visible(article.title)
    summary = SUMMARY.search

    if "paint" not in args.skip:
        r = pairs(
            "first paint",
            lambda: time_on_screen(newsreader("--no-cache"), headline, env_cold),
            lambda: time_on_screen(minimal, headline, {}),
            n,
        )
        rows.append(row("first paint (headline on screen) vs minimal Textual app", r, "≤ 1.2×"))
    if "cold" not in args.skip:
        r = pairs(
            "cold summary",
            lambda: time_on_screen(newsreader("--no-cache"), lambda s: bool(summary(s)), env_cold),
            lambda: time_on_screen(plain, lambda s: "PARSED" in s, {}),
            n,
        )
        rows.append(row("cold analysis (summary on screen) vs import+load+parse script", r, "≤ 1.15×"))
    if "warm" not in args.skip:
        warm_env = {"NEWSREADER_CACHE_DIR": str(work / "warm-cache")}
        subprocess.run(
            [*newsreader("--json"), str(seed)],
            env={**os.environ, **warm_env},
            capture_output=True,
            check=True,
        )
        r = pairs(
            "warm reopen",
            lambda: time_on_screen(newsreader(), lambda s: bool(summary(s)), warm_env),
            lambda: time_on_screen(minimal, headline, {}),
            n,
        )
        rows.append(row("warm re-open (highlights + summary) vs minimal app first paint", r, "≤ 1.3×"))
    if "long" not in args.skip:
        rows += long_figures(work, seed, n, newsreader, headline, env_cold)
    rows += issue15_figures(args.skip, work, seed, article.text, n, pipeline, minimal, env_cold)
    if "batch" not in args.skip:
        if args.batch_folder is None:
            rows.append(
                "| batch --jobs 2 vs --jobs 1 | skipped: give --batch-folder DIR (≥ 200 files) | | | ≥ 1.6× faster |"
            )
        else:
            rows.append(batch_figure(args.batch_folder, n))
    if "versus" not in args.skip:
        if args.batch_folder is None or args.versus is None:
            rows.append(
                "| versus an earlier build | skipped: give --batch-folder DIR and --versus PATH | | | ≤ 1.1× |"
            )
        else:
            rows += versus_figures(args.batch_folder, args.versus, n)
    print()
    print("\n".join(rows))
    shutil.rmtree(work, ignore_errors=True)
    return 0


def long_figures(work: Path, seed: Path, n: int, newsreader, headline, env_cold) -> list[str]:
    """First paint of a 100,000-word article, redraw cost, peak memory and analysis throughput."""
    text = long_text()
    path = work / "long.txt"
    path.write_text(text, encoding="utf-8")
    words = len(text.split())
    out = []
    r = pairs(
        "long first paint",
        lambda: time_on_screen(newsreader("--no-cache", path=path), headline, env_cold),
        lambda: time_on_screen(newsreader("--no-cache"), headline, env_cold),
        n,
    )
    out.append(row(f"first paint, {words:,}-word article vs the seed", r, "≈ 1× (as fast as the seed)"))
    redraw, redraw_seed = redraw_ms(text), redraw_ms(seed.read_text(encoding="utf-8"))
    out.append(
        f"| redraw after a key press, {words:,}-word article vs the seed | {redraw:.2f} ms | {redraw_seed:.2f} ms "
        f"| {redraw / redraw_seed:.2f}× | ≈ 1× |"
    )
    out.append(
        f"| redraw after a key press, {words:,}-word article (absolute) | {redraw:.2f} ms | one frame {FRAME_MS:.1f} ms "
        f"| {redraw / FRAME_MS:.2f}× | < 1 frame |"
    )
    peak = peak_mb([str(NEWSREADER), "--json", "--no-cache", str(path)], env_cold)
    out.append(
        f"| peak memory analysing the {words:,}-word article (absolute) | {peak:.0f} MB | limit 500 MB "
        f"| {peak / 500:.2f}× | ≤ 500 MB |"
    )
    r = throughput(text, n)
    out.append(
        f"| analysis throughput, {words:,} words | {words / r['ours']:,.0f} words/s | raw nlp.pipe {words / r['base']:,.0f} words/s "
        f"| {1 / r['ratio']:.2f}× | ≥ 0.9× |"
    )
    return out


def issue15_figures(
    skip: list[str], work: Path, seed: Path, seed_text: str, n: int, pipeline: str, minimal: list[str], env
) -> list[str]:
    """Keys while a long text is analysed, the app's analysis vs --json, --json vs plain nlp.pipe,
    the last line, lost keys (see benchmarks/long_text.py)."""
    path = work / "long.txt"
    if not path.exists():
        path.write_text(long_text(), encoding="utf-8")
    out = []
    long_minimal = [minimal[0], minimal[1], str(path)]
    if "keys" not in skip:
        out.append(issue15.keys_figure(NEWSREADER, long_minimal, path, env))
    json_cmd = [str(NEWSREADER), "--json", "--no-cache", str(path)]
    if "json" not in skip:
        r = pairs(
            "app analysis vs --json",
            lambda: issue15.app_analysis_seconds(NEWSREADER, path, env),
            lambda: issue15.process_seconds(json_cmd, env),
            max(1, n // 3),
        )
        out.append(row("the app's whole analysis of the 100,000-word text vs --json on it", r, "≤ 1.2×"))
    if "pipe" not in skip:
        plain = [str(BIN / "python"), str(ROOT / "benchmarks" / "plain_pipe.py"), str(path), pipeline]
        r = pairs(
            "--json vs plain pipe",
            lambda: issue15.process_seconds(json_cmd, env),
            lambda: issue15.process_seconds(plain, {}),
            max(1, n // 3),
        )
        out.append(
            f"| --json --no-cache end to end vs import spaCy + load + nlp.pipe(paragraphs), 100,000 words "
            f"| {r['ours']:.1f} s | {r['base']:.1f} s | {1 / r['ratio']:.2f}× as fast | ≥ 0.9× |"
        )
    if "lastline" not in skip:
        ending = work / "ending.txt"  # the seed with a last line of its own, short enough never to wrap
        ending.write_text(seed_text + "\n\nThe last line.\n", encoding="utf-8")
        out.append(issue15.last_line_figure(NEWSREADER, ending, "The last line.", env))
    if "lostkeys" not in skip:
        folder = work / "library"
        folder.mkdir(exist_ok=True)
        for i in range(6):
            (folder / f"article-{i + 1}.txt").write_text(f"Article {i + 1}\n\n{seed_text}", encoding="utf-8")
        out.append(issue15.lost_keys_figure(NEWSREADER, folder, env))
    return out


def peak_mb(command: list[str], env: dict[str, str]) -> float:
    """The peak resident size of this one command (its own, from wait4; RUSAGE_CHILDREN would give
    the largest of every child this process ever waited for)."""
    proc = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **env}
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, command)
    return usage.ru_maxrss / 1024  # kilobytes on Linux


def redraw_ms(text: str) -> float:
    """Milliseconds the article view takes to render a screenful after scrolling (cache cold)."""
    import asyncio

    from tui.app import NewsReaderApp
    from tui.articles import article_from_text

    result: list[float] = []

    async def run() -> None:
        app = NewsReaderApp(article_from_text(text, source="long"))
        app.open_analysis = lambda: None  # the view alone: no analysis process for this figure
        async with app.run_test(size=(120, 40)) as pilot:
            view = app.article_view
            await pilot.pause()
            times = []
            for _ in range(50):
                view.scroll_to(y=view.scroll_y + 37, animate=False, immediate=True)
                view._cache.clear()
                t = time.perf_counter()
                for y in range(view.scrollable_content_region.height):
                    view.render_line(y)
                times.append((time.perf_counter() - t) * 1000)
            result.append(statistics.median(times))

    asyncio.run(run())
    return result[0]


def throughput(text: str, n: int) -> dict:
    """Our chunked analysis vs raw `nlp.pipe` over the same chunks, same pipeline, in this process."""
    from tui.analysis.analyze import chunks, iter_analysis
    from tui.analysis.pipeline import load_pipeline

    nlp = load_pipeline()
    pieces = [p for _, p in chunks(text)]
    title = text.split("\n", 1)[0]

    def ours() -> float:
        t = time.perf_counter()
        for _ in iter_analysis(nlp, "long", title, text):
            pass
        return time.perf_counter() - t

    def raw() -> float:
        t = time.perf_counter()
        for _ in nlp.pipe(pieces, batch_size=4):
            pass
        return time.perf_counter() - t

    return pairs("throughput", ours, raw, n)


def batch_figure(folder: Path, n: int) -> str:
    files = [p for p in folder.iterdir() if p.is_file()]
    env = {**os.environ, "NEWSREADER_CACHE_DIR": tempfile.mkdtemp(prefix="nr-bench-cache-")}

    def jobs(k: int) -> Callable[[], float]:
        def run() -> float:
            t = time.perf_counter()
            subprocess.run(
                [str(NEWSREADER), "--json", "--no-cache", "--jobs", str(k), str(folder)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
                check=False,
            )
            return time.perf_counter() - t

        return run

    r = pairs("batch", jobs(2), jobs(1), n)
    speedup = 1 / r["ratio"]
    return (
        f"| batch --json over {len(files)} files: --jobs 2 vs --jobs 1 | {r['ours']:.1f} s | {r['base']:.1f} s "
        f"| {speedup:.2f}× faster | ≥ 1.6× faster |"
    )


def versus_figures(folder: Path, earlier: Path, n: int) -> list[str]:
    """This build's whole `--json` run over a folder against an earlier build's, wall and CPU.

    CPU time (user + system of the command and its children, from the kernel's accounting) is the
    steadier figure on a shared machine: other work slows the wall clock but not the work done.
    """
    files = [p for p in folder.iterdir() if p.is_file()]
    env = {**os.environ, "NEWSREADER_CACHE_DIR": tempfile.mkdtemp(prefix="nr-bench-cache-")}
    cpu: dict[Path, list[float]] = {NEWSREADER: [], earlier: []}

    def run(binary: Path) -> Callable[[], float]:
        def timed() -> float:
            before = os.times()
            t = time.perf_counter()
            subprocess.run(
                [str(binary), "--json", "--no-cache", "--jobs", "1", str(folder)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
                check=True,
            )
            wall = time.perf_counter() - t
            after = os.times()
            used = (after.children_user - before.children_user) + (
                after.children_system - before.children_system
            )
            cpu[binary].append(used)
            return wall

        return timed

    r = pairs("versus", run(NEWSREADER), run(earlier), n)
    ratios = [a / b for a, b in zip(cpu[NEWSREADER], cpu[earlier], strict=True)]
    return [
        f"| --json over {len(files)} files, this build vs {earlier}: wall | {r['ours']:.1f} s | {r['base']:.1f} s "
        f"| {r['ratio']:.2f}× | ≤ 1.1× |",
        f"| the same, CPU (user + system) | {statistics.median(cpu[NEWSREADER]):.1f} s "
        f"| {statistics.median(cpu[earlier]):.1f} s | {statistics.median(ratios):.2f}× | ≤ 1.1× |",
    ]


if __name__ == "__main__":
    raise SystemExit(main())
