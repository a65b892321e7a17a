"""Run as a process by the crash and concurrency tests: set marks in a loop, one line per commit.

python -m tests.archive.mark_writer ARCHIVE ARTICLE_ID PREFIX COUNT   (COUNT 0: until killed)
"""

from __future__ import annotations

import itertools
import sys

from tui.archive.store import Archive


def main() -> None:
    path, article_id, prefix, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    archive = Archive.open(path)
    numbers = itertools.count() if count == 0 else range(count)
    for n in numbers:
        words = f"{prefix} claim number {n}"
        archive.set_mark(article_id, "claim", words, verdict="false", note=f"note {n}\n" * 20, status="doing")
        print(words, flush=True)  # after the commit: this mark must survive anything from now on


if __name__ == "__main__":
    main()
