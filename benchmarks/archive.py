"""The archive at 10,000 articles: its size, its search, and the reader's first paint beside it.

    python benchmarks/archive.py [--articles 10000] [--pairs 9] [--keep DIR] [--skip paint]

Builds an archive of synthetic articles (about 5,000 characters each, words drawn from a Zipf-
distributed vocabulary of 40,000 made-up words and 3,000 names, so the full-text index grows as a
real one would) through the store's own `keep`, each with an analysis the size of a real one (the
bundled article's, analysed once, its quotes and claims replaced by the article's own sentences).
Then prints, as the other benchmarks do, figures beside a baseline measured in the same run:

  size          the archive file (after a checkpoint) per article and for all      target < 1 GB
  search        median time of searches (a rare name, a common word, two words, a
                quote's speaker) over it, and the ratio against the same searches
                over an archive of 100 articles                                   target ≤ 100 ms
  first paint   newsreader's headline on screen with that archive vs with an
                empty one (tmux, alternated pairs, median ratio)                   target ≤ 1.05×

Needs tmux and the package installed in the environment it runs from (for first paint).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.run import NEWSREADER, headline_visible, pairs, time_on_screen  # noqa: E402
from tui.archive.store import Archive  # noqa: E402
from tui.resources import default_article  # noqa: E402
from tui.sources.local import read_article  # noqa: E402

SYLLABLES = "ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo an en in on un".split()


def vocabulary(rng: random.Random, n: int) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def seed_analysis(work: Path) -> dict:
    """The bundled article's real analysis (`newsreader --json`), the template for every article's."""
    env = {**os.environ, "NEWSREADER_CACHE_DIR": str(work / "cache")}
    out = subprocess.run(
        [str(NEWSREADER), "--json", str(default_article())],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)


class Writer:
    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng, 40_000)
        self.names = [
            f"{w.capitalize()} {v.capitalize()}"
            for w, v in zip(self.words[::13], self.words[5::13], strict=False)
        ][:3000]
        weights = [1 / (rank + 1) for rank in range(len(self.words))]
        self.cumulative = list(__import__("itertools").accumulate(weights))

    def sentence(self) -> str:
        n = self.rng.randint(12, 26)
        words = self.rng.choices(self.words, cum_weights=self.cumulative, k=n)
        if self.rng.random() < 0.5:
            words.insert(self.rng.randrange(n), self.rng.choice(self.names))
        if self.rng.random() < 0.3:
            words.append(str(self.rng.randint(2, 9000)))
        return " ".join(words).capitalize() + "."

    def article(self, i: int) -> tuple[str, str, list[str]]:
        title = f"{self.sentence()[:-1][:70]} ({i})"
        sentences: list[str] = []
        paragraphs = []
        length = len(title)
        while length < 5000:
            para = [self.sentence() for _ in range(self.rng.randint(2, 4))]
            sentences += para
            paragraphs.append(" ".join(para))
            length += len(paragraphs[-1]) + 2
        return title, title + "\n\n" + "\n\n".join(paragraphs), sentences


def build(path: Path, n: int, template: dict) -> float:
    """Fill an archive with n articles through `Archive.keep`; seconds taken."""
    writer = Writer()
    archive = Archive.open(path)
    started = time.perf_counter()
    for i in range(n):
        title, text, sentences = writer.article(i)
        analysis = json.loads(json.dumps(template))
        analysis.update(title=title, text=text, source=f"https://news.example.org/{i}")
        analysis["entities"] = analysis["entities"] * 2  # a 5,000-character article has twice the seed's
        for kind, who in (("quotes", "speaker_name"), ("claims", "source_name")):
            for item in analysis[kind]:
                item["text"] = writer.rng.choice(sentences)
                item[who] = writer.rng.choice(writer.names)
        archive.keep(
            source=analysis["source"], title=title, text=text, analysis=analysis, when=1_700_000_000 + i
        )
        if (i + 1) % 1000 == 0:
            print(f"  kept {i + 1}", file=sys.stderr, flush=True)
    took = time.perf_counter() - started
    archive.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return took


def search_ms(path: Path, queries: list[str], rounds: int = 5) -> tuple[float, float]:
    """The median and the slowest of `rounds` runs of every query, in milliseconds."""
    archive = Archive.open(path, read_only=True)
    times = []
    for _ in range(rounds):
        for query in queries:
            started = time.perf_counter()
            archive.search(query)
            times.append((time.perf_counter() - started) * 1000)
    archive.close()
    return statistics.median(times), max(times)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=9)
    parser.add_argument("--keep", type=Path, help="build the archives here and keep them (reused if present)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["paint"])
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsreader-archive-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    big, small, empty = work / "big.sqlite3", work / "small.sqlite3", work / "empty.sqlite3"
    rows = ["| figure | with the archive | baseline | ratio | target |", "|---|---|---|---|---|"]
    template = seed_analysis(work)
    if not big.exists():
        took = build(big, args.articles, template)
        print(
            f"built {args.articles} articles in {took:.0f} s ({took / args.articles * 1000:.1f} ms each)",
            file=sys.stderr,
        )
    if not small.exists():
        build(small, 100, template)
    Archive.open(empty).close()
    size = big.stat().st_size
    rows.append(
        f"| archive size, {args.articles} articles | {size / 1e6:.0f} MB ({size / args.articles / 1000:.1f} kB each) "
        f"| — | — | < 1 GB |"
    )
    writer = Writer()
    # a name, the commonest word (in every article), a common one, two words, a first name, FTS syntax
    queries = [
        writer.names[17],
        writer.words[0],
        writer.words[5],
        f"{writer.words[3]} {writer.words[40]}",
        writer.names[100].split()[0],
        'Lavrov "NEAR*',
    ]
    (ours, worst), (base, base_worst) = search_ms(big, queries), search_ms(small, queries)
    rows.append(
        f"| search (median / slowest of {len(queries)} queries × 5) | {ours:.1f} / {worst:.1f} ms "
        f"| {base:.1f} / {base_worst:.1f} ms (100 articles) | {ours / base:.2f}× | ≤ 100 ms |"
    )
    if "paint" not in args.skip:
        seed = work / "seed.txt"
        article = read_article(default_article())
        seed.write_text(article.text, encoding="utf-8")
        headline = headline_visible(article.title)
        cache = {"NEWSREADER_CACHE_DIR": str(work / "paint-cache")}
        command = [str(NEWSREADER), "--no-cache", str(seed)]
        # each run keeps the seed: copies, so that both archives stay as built
        r = pairs(
            "first paint",
            lambda: time_on_screen(command, headline, {**cache, "NEWSREADER_ARCHIVE": str(big)}),
            lambda: time_on_screen(command, headline, {**cache, "NEWSREADER_ARCHIVE": str(empty)}),
            max(3, args.pairs),
        )
        rows.append(
            f"| first paint with {args.articles} archived vs empty | {r['ours']:.3f} s | {r['base']:.3f} s | "
            f"{r['ratio']:.2f}× | ≤ 1.05× |"
        )
    print()
    print("\n".join(rows))
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
