"""Corpus and Voices speed, each figure a ratio against a baseline measured in the same run (issue 17).

    python benchmarks/corpus_voices.py [--articles 2000] [--voices-articles 10000] [--pairs 1]
                                       [--texts DIR ...] [--skip corpus|dask|voices|screen ...]
                                       [--results R.jsonl]

The articles are made at run time from text files (by default the dev gold texts in /work/evalrun:
seed, polnear-dev, gum-news-dev, rw-dev, gum-more-dev), repeated with a numbered headline so that
every copy is a different text (the corpus analyses a text once); nothing is committed.

Figures (targets from the issue; nothing here asserts):
  jobs 2      `corpus --jobs 2` vs `--jobs 1` over the same articles: articles/s ratio (≥ 1.8)
  dask        `corpus --dask local --jobs 2` (a LocalCluster of two workers) vs `--jobs 2` (≥ 0.9), and
              the CPU seconds of each run's whole process tree (steadier on a busy machine)
  memory      peak resident memory of each analysing process, sampled every 0.2 s (≤ 400 MB)
  voices      `newsreader voices R.jsonl --json` over 10,000 analysed articles (≤ 2 s), beside a
              baseline that only parses the same file's JSON lines
  screen      the Voices screen over the same 10,000 analyses (their facts, as kept beside the
              results file), from opening to the tables and charts shown (≤ 0.5 s), beside the help
              screen opened in the same app

The corpus figures use the analysis time the command reports (from the first article read to the
last record written: the pipeline's loading and the cluster's start are left out, as they do not
grow with the corpus), and also print the wall time of each run.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BIN = Path(sys.executable).parent
NEWSREADER = BIN / "newsreader"
DEFAULT_TEXTS = [
    Path("/work/evalrun") / s for s in ("seed", "polnear-dev", "gum-news-dev", "rw-dev", "gum-more-dev")
]
SUMMARY = re.compile(r"(\d+) analysed.*?; ([\d.]+) s \(")


def make_articles(sources: list[Path], n: int, folder: Path) -> int:
    """`n` article files in `folder`: the texts of `sources` in turn, each copy with its own headline."""
    texts = [p for d in sources if d.is_dir() for p in sorted(d.glob("*.txt"))]
    if not texts:
        raise SystemExit("no .txt files in --texts")
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = texts[i % len(texts)].read_text(encoding="utf-8", errors="replace")
        title, _, rest = body.partition("\n")
        (folder / f"{i:06d}.txt").write_text(f"{title} (copy {i // len(texts)})\n{rest}", encoding="utf-8")
    return len(texts)


class PeakMemory:
    """Samples the resident memory of a process and its descendants; keeps each one's peak."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.peaks: dict[int, tuple[str, int]] = {}
        self.cpu: dict[int, float] = {}  # each process's CPU seconds, as last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            for p in procs:
                try:
                    rss = p.memory_info().rss
                    name = " ".join(p.cmdline()[1:4])
                    times = p.cpu_times()
                    self.cpu[p.pid] = times.user + times.system
                except psutil.Error:
                    continue
                if rss > self.peaks.get(p.pid, ("", 0))[1]:
                    self.peaks[p.pid] = (name, rss)
            time.sleep(0.2)

    def stop(self) -> dict[int, tuple[str, int]]:
        self._stop.set()
        self._thread.join()
        return self.peaks


def corpus_run(folder: Path, out: Path, *extra: str) -> tuple[float, float, int, dict, float]:
    """(analysis seconds, wall seconds, articles analysed, peak memory by process, CPU seconds of
    the command and all its processes) of one run; the share of CPU time the main process took
    (reading, ordering, writing) is printed: it does its part serially, so a large share is what
    would keep --jobs from scaling. The CPU seconds are steadier than the times on a busy machine."""
    out.unlink(missing_ok=True)
    started = time.monotonic()
    proc = subprocess.Popen(
        [str(NEWSREADER), "corpus", str(folder), "--out", str(out), "--quiet", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    memory = PeakMemory(proc.pid)
    _, err = proc.communicate()
    wall = time.monotonic() - started
    peaks = memory.stop()
    total = sum(memory.cpu.values()) or 1.0
    print(
        f"  {' '.join(extra)}: main process {memory.cpu.get(proc.pid, 0.0):.1f} s of {total:.1f} s CPU "
        f"({100 * memory.cpu.get(proc.pid, 0.0) / total:.0f}%)",
        file=sys.stderr,
    )
    m = SUMMARY.search(err)
    if proc.returncode != 0 or not m:
        raise SystemExit(f"corpus failed ({proc.returncode}): {err[-500:]}")
    return float(m.group(2)), wall, int(m.group(1)), peaks, total


def workers_memory(peaks: dict, parent_pid_excluded: bool, only: str = "") -> list[int]:
    """The peaks of the analysing processes: forked workers, or those whose command line holds
    `only` (a Dask worker's analysis processes, or the workers themselves)."""
    out = []
    for _pid, (name, rss) in peaks.items():
        if only and only not in name:
            continue
        out.append(rss)
    out.sort(reverse=True)
    return out[1:] if parent_pid_excluded and len(out) > 1 else out


def replicate(results: Path, n: int, out: Path) -> None:
    """`n` analysed articles from `results`, each copy its own article (hash, source, outlet, month)."""
    records = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines() if line]
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            r = dict(records[i % len(records)])
            r["hash"] = f"copy-{i}"
            r["source"] = f"https://outlet{i % 7}.example/{i}.html"
            r["date"] = f"2016-{1 + i % 12:02d}-01"
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


#: CPU seconds (user and system) of each command run by `timed`, in order: on a shared machine the
#: CPU a run takes is steadier than its wall time.
CPU: list[float] = []


def timed(command: list[str]) -> float:
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def screen_times(results: Path) -> tuple[float, float, float, float]:
    """(Voices screen over the records, help screen) in seconds, in one headless app, then the CPU
    seconds this process took for each (all its threads)."""
    import asyncio

    from tui.resources import default_article
    from tui.sources.local import read_article
    from tui.voices.sidecar import results_facts

    facts = results_facts(results)  # as `voices` keeps them beside the file (the screen's input)

    async def run() -> tuple[float, float, float, float]:
        from tui.app import NewsReaderApp
        from tui.screens.help import HelpScreen
        from tui.screens.voices import VoicesScreen

        app = NewsReaderApp(read_article(default_article()), cache=None)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.5)
            started, cpu = time.monotonic(), time.process_time()
            screen = VoicesScreen("benchmark", lambda advance, cancelled: (facts, []))
            app.push_screen(screen)
            while screen.voices is None:
                await pilot.pause(0.005)
            await pilot.pause()
            voices_s, voices_cpu = time.monotonic() - started, time.process_time() - cpu
            await pilot.press("escape")
            await pilot.pause(0.2)
            started, cpu = time.monotonic(), time.process_time()
            app.push_screen(HelpScreen())
            await pilot.pause()
            help_s, help_cpu = time.monotonic() - started, time.process_time() - cpu
        return voices_s, help_s, voices_cpu, help_cpu

    return asyncio.run(run())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--voices-articles", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=1)
    parser.add_argument("--texts", type=Path, nargs="+", default=DEFAULT_TEXTS)
    parser.add_argument("--skip", nargs="*", default=[])
    parser.add_argument(
        "--results",
        type=Path,
        help="an analysed results file (.jsonl) to make the voices articles from, instead of a corpus run",
    )
    args = parser.parse_args()
    rows: list[str] = []
    with tempfile.TemporaryDirectory(prefix="newsreader-bench-corpus-") as tmp:
        work = Path(tmp)
        distinct = make_articles(args.texts, args.articles, work / "articles")
        print(f"{args.articles} articles from {distinct} texts in {work / 'articles'}", file=sys.stderr)
        results = work / "jobs2.jsonl"
        if "corpus" not in args.skip:
            ratios, dask_ratios, dask_cpu, mem2, memd, memw = [], [], [], [], [], []
            for _ in range(args.pairs):
                t1, w1, n1, _, _ = corpus_run(work / "articles", work / "jobs1.jsonl", "--jobs", "1")
                t2, w2, n2, p2, c2 = corpus_run(work / "articles", results, "--jobs", "2")
                ratios.append((n2 / t2) / (n1 / t1))
                mem2 += workers_memory(p2, parent_pid_excluded=True)
                rows.append(
                    f"jobs 1: {n1} articles in {t1:.1f} s ({n1 / t1:.2f}/s, wall {w1:.1f} s); "
                    f"jobs 2: {t2:.1f} s ({n2 / t2:.2f}/s, wall {w2:.1f} s)"
                )
                if "dask" not in args.skip:
                    td, wd, nd, pd, cd = corpus_run(
                        work / "articles", work / "dask.jsonl", "--dask", "local", "--jobs", "2"
                    )
                    dask_ratios.append((nd / td) / (n2 / t2))
                    dask_cpu.append((cd, c2))
                    memd += workers_memory(pd, parent_pid_excluded=False, only="analysis_process")
                    memw += workers_memory(pd, parent_pid_excluded=False, only="multiprocessing.spawn")
                    same = (work / "dask.jsonl").read_bytes() == results.read_bytes()
                    rows.append(
                        f"dask local (2 workers): {td:.1f} s ({nd / td:.2f}/s, wall {wd:.1f} s); CPU of all "
                        f"processes {cd:.1f} s (jobs 2: {c2:.1f} s, ratio {c2 / cd:.2f}); "
                        f"records identical to --jobs 2: {same}"
                    )
            rows.append(f"jobs 2 / jobs 1 throughput: {statistics.median(ratios):.2f}x  (target >= 1.8)")
            if dask_ratios:
                rows.append(
                    f"dask local / jobs 2 throughput: {statistics.median(dask_ratios):.2f}x  (target >= 0.9); "
                    f"CPU of jobs 2 / dask local: {statistics.median(c / d for d, c in dask_cpu):.2f}x"
                )
            rows.append(
                "peak memory per analysing process: jobs 2 "
                + ", ".join(f"{m / 2**20:.0f} MB" for m in mem2[:2])
                + (
                    "; dask analysis processes " + ", ".join(f"{m / 2**20:.0f} MB" for m in memd[:2])
                    if memd
                    else ""
                )
                + (
                    " (the workers beside them " + ", ".join(f"{m / 2**20:.0f} MB" for m in memw[:2]) + ")"
                    if memw
                    else ""
                )
                + "  (target <= 400 MB; the main process and the scheduler are left out)"
            )
            cores = 2
            per_core = (n2 / t2) / cores
            rows.append(
                f"throughput per core: {per_core:.2f} articles/s; a million articles on N cores: "
                f"{1e6 / per_core / 3600:.0f} / N hours"
            )
        elif args.results is not None:
            results = args.results
        elif not results.exists():
            corpus_run(work / "articles", results, "--jobs", "2")
        big = work / "voices.jsonl"
        replicate(results, args.voices_articles, big)
        if "voices" not in args.skip:
            ours, base, ours_cpu, base_cpu = [], [], [], []
            for _ in range(max(1, args.pairs)):
                ours.append(timed([str(NEWSREADER), "voices", str(big), "--json", "-o", "/dev/null"]))
                ours_cpu.append(CPU[-1])
                base.append(
                    timed(
                        [
                            sys.executable,
                            "-c",
                            "import json,sys; [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]",
                            str(big),
                        ]
                    )
                )
                base_cpu.append(CPU[-1])
            first = ours.pop(0)  # the first run writes the facts beside the file
            ours_cpu.pop(0)
            if not ours:
                ours.append(timed([str(NEWSREADER), "voices", str(big), "--json", "-o", "/dev/null"]))
                ours_cpu.append(CPU[-1])
            o, b = statistics.median(ours), statistics.median(base)
            rows.append(
                f"voices over {args.voices_articles} analysed articles: {o:.2f} s, "
                f"{statistics.median(ours_cpu):.2f} s CPU (target <= 2 s; the first run, which writes the "
                f"facts beside the file: {first:.2f} s); parsing the file's JSON alone: {b:.2f} s, "
                f"{statistics.median(base_cpu):.2f} s CPU; ratio {o / b:.2f}x"
            )
        if "screen" not in args.skip:
            v, h, vc, hc = screen_times(big)
            rows.append(
                f"Voices screen over {args.voices_articles} analyses: {v:.2f} s, {vc:.2f} s CPU "
                f"(target <= 0.5 s); help screen: {h:.3f} s, {hc:.3f} s CPU; ratio {v / h:.1f}x"
            )
    load = ", ".join(f"{x:.2f}" for x in __import__("os").getloadavg())
    rows.append(f"load average when done: {load} (figures on a busy machine are noisy)")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
