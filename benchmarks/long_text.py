"""Figures for issue 15: a reader that stays in your hands while a 100,000-word text is analysed.

Used by `benchmarks/run.py` (`--skip keys json pipe lastline lostkeys` leaves them out). Every
timing is taken in a real terminal (tmux) or as a whole process, side by side with its baseline:

  keys      key to screen while the long text is analysed (j, ↓, G, g, ], 1/2/3, tab), from the key
            sent to the pane changed, against the same keys in a minimal Textual app (the floor of
            tmux and the measuring itself)
  json      the app's whole analysis of the text (start to summary on screen) vs `--json` on it
  pipe      `--json --no-cache` end to end vs a script that imports spaCy, loads the pipeline and
            pipes the paragraphs (`benchmarks/plain_pipe.py`)
  lastline  the article's last line on screen after G, End and space to the end, at 60×20, 80×24,
            120×40 and after a resize (a check, not a timing)
  lostkeys  five quick `]` in a library of six move five articles, while each opens
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

SUMMARY_MARK = " · "  # "21 actors · 915 quotes · 2516 claims"


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True).stdout


class Pane:
    """A detached tmux session running one command (its own name; the server is shared)."""

    def __init__(self, command: list[str], env: dict[str, str], size: tuple[int, int] = (120, 40)) -> None:
        self.name = f"newsreader-bench-{os.getpid()}-{time.monotonic_ns()}"
        envs = " ".join(f"{k}={_q(v)}" for k, v in env.items())
        subprocess.run(
            [
                "tmux",
                "new-session",
                "-d",
                "-s",
                self.name,
                "-x",
                str(size[0]),
                "-y",
                str(size[1]),
                f"env {envs} {' '.join(_q(c) for c in command)}; sleep 600",
            ],
            check=True,
        )

    def screen(self, escapes: bool = False) -> str:
        return _tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", self.name)

    def send(self, key: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)

    def wait_for(self, ready: Callable[[str], bool], timeout: float = 300, every: float = 0.01) -> float:
        """Seconds until `ready(screen)` holds, looking `every` seconds (each look starts a tmux
        client: some 5 ms of CPU, which the program measured would otherwise have had)."""
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            if ready(self.screen()):
                return time.perf_counter() - start
            time.sleep(every)
        raise RuntimeError(f"timed out; screen:\n{self.screen()}")

    def resize(self, width: int, height: int) -> None:
        _tmux("resize-window", "-t", self.name, "-x", str(width), "-y", str(height))

    def close(self) -> None:
        _tmux("kill-session", "-t", self.name)


def _q(s: str) -> str:
    return "'" + s.replace("'", "'\\''") + "'"


def _body(screen: str) -> str:
    """The screen without its last two rows (the status line and the footer), which change by
    themselves while the analysis runs (the progress bar)."""
    return "\n".join(screen.splitlines()[:-2])


#: The keys pressed in turn; each changes the screen from the state the one before left, and the
#: scrolling keys go to the article: `1` leaves focus in the Actors list, which says "analysing…"
#: until the analysis is done, so a `j` there changes nothing (the cycle used to end there, and
#: every scrolling key of the next round counted as 5,000 ms). `Tab` then takes focus back to the
#: article, `shift+tab` to the list and `Tab` back again (only the colours change: compared with
#: escape codes); `]` in a reader with no library answers with a notice.
KEY_CYCLE = ["j", "Down", "G", "g", "2", "3", "1", "]", "Tab", "BTab", "Tab"]
#: The minimal app scrolls with the arrows, End and Home only: its floor is measured with those.
FLOOR_CYCLE = ["Down", "End", "Home", "Down"]


def key_latencies(
    pane: Pane, busy: Callable[[str], bool], limit: int, gap: float = 0.15, cycle: list[str] = KEY_CYCLE
) -> list[float]:
    """Milliseconds from each key sent to the pane changed, while `busy(screen)` holds (at most
    `limit` keys); a key with no change within 5 s counts as 5,000 ms."""
    out: list[float] = []
    i = 0
    while len(out) < limit:
        screen = pane.screen()
        if not busy(screen):
            break
        key = cycle[i % len(cycle)]
        i += 1
        escapes = key in ("Tab", "BTab")
        before = pane.screen(escapes) if escapes else _body(screen)
        start = time.perf_counter()
        pane.send(key)
        while time.perf_counter() - start < 5:
            now = pane.screen(escapes) if escapes else _body(pane.screen())
            if now != before:
                break
            time.sleep(0.003)  # a look at the screen costs the CPU the app needs to answer
        out.append((time.perf_counter() - start) * 1000)
        status = screen.splitlines()[-2].strip()[:40] if len(screen.splitlines()) > 1 else ""
        print(f"  key {key}: {out[-1]:.0f} ms ({status})", file=sys.stderr, flush=True)
        time.sleep(gap)
    return out


def keys_figure(
    newsreader: Path, minimal: list[str], long_path: Path, env: dict[str, str], limit: int = 120
) -> str:
    """p95 and max of key to screen while the long text is analysed, and the same keys in the
    minimal app (which has no tabs: its p95 is the floor of the measurement)."""
    pane = Pane([str(newsreader), "--no-cache", str(long_path)], env)
    try:
        pane.wait_for(lambda s: "Loading" in s or "Analysing" in s)
        ours = key_latencies(pane, lambda s: SUMMARY_MARK not in s.splitlines()[-2], limit)
    finally:
        pane.close()
    pane = Pane(minimal, {})
    try:
        pane.wait_for(lambda s: "(1)" in s)
        floor = key_latencies(pane, lambda s: True, min(limit, 40), cycle=FLOOR_CYCLE)
    finally:
        pane.close()
    p95, worst = _p95(ours), max(ours)
    base = _p95(floor)
    return (
        f"| key to screen while the 100,000-word text is analysed ({len(ours)} keys: "
        f"{' '.join(KEY_CYCLE)}) | p95 {p95:.0f} ms, max {worst:.0f} ms | minimal app p95 {base:.0f} ms "
        f"| {p95 / base:.2f}× (floor: {' '.join(FLOOR_CYCLE)}) | p95 ≤ 100 ms, max ≤ 250 ms |"
    )


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def app_analysis_seconds(newsreader: Path, path: Path, env: dict[str, str]) -> float:
    """Seconds from starting the reader (no cache) to the whole analysis's summary on screen,
    looked for four times a second: looking a hundred times a second took a tenth of a core from
    the analysis, which `--json` (timed as a process) did not lose (±0.25 s on some 20-60 s)."""
    start = time.perf_counter()
    pane = Pane([str(newsreader), "--no-cache", str(path)], env)
    try:
        pane.wait_for(
            lambda s: SUMMARY_MARK in s.splitlines()[-2] if len(s.splitlines()) > 1 else False,
            900,
            every=0.25,
        )
        return time.perf_counter() - start
    finally:
        pane.close()


def process_seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **env}, check=True
    )
    return time.perf_counter() - start


def last_line_figure(newsreader: Path, seed: Path, last_words: str, env: dict[str, str]) -> str:
    """Whether the article's last line is on screen after G, End and space to the end, at three
    sizes, and after the terminal is resized while at the end."""
    results = []
    for size in ((60, 20), (80, 24), (120, 40)):
        for keys in (["G"], ["End"], ["Space"] * 40):
            pane = Pane([str(newsreader), str(seed)], env, size)
            try:
                pane.wait_for(lambda s: SUMMARY_MARK in s, 120)
                for key in keys:
                    pane.send(key)
                time.sleep(1.5)
                shown = last_words in pane.screen()
                if keys == ["G"]:
                    pane.resize(size[0] - 13, size[1] - 3)
                    time.sleep(1.5)
                    shown = shown and last_words in pane.screen()
                results.append(shown)
            finally:
                pane.close()
    return (
        f"| last line visible after G (then a resize), End, space to the end at 60×20, 80×24, 120×40 "
        f"| {sum(results)}/{len(results)} | | | all |"
    )


def lost_keys_figure(newsreader: Path, folder: Path, env: dict[str, str]) -> str:
    """Five quick `]` in a library: the heading names the sixth article (6/6) once they are done."""
    pane = Pane([str(newsreader), str(folder)], env)
    try:
        pane.wait_for(lambda s: "articles" in s or "choose" in s, 60)
        pane.send("Escape")
        time.sleep(0.5)
        for _ in range(5):
            pane.send("]")
        pane.wait_for(lambda s: "5/6" in s or "6/6" in s, 60)
        time.sleep(2)
        moved = "5/6" in pane.screen()
    finally:
        pane.close()
    return f"| five quick ] in a library of six | {'5 articles on (5/6)' if moved else 'keys lost'} | | | none lost |"
