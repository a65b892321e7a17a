"""The archive under a killed writer and two writers at once: real processes on a real file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tui.archive.store import Archive

ROOT = Path(__file__).resolve().parents[2]


def writer(path: Path, article_id: int, prefix: str, count: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.archive.mark_writer", str(path), str(article_id), prefix, str(count)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def new_archive(path: Path) -> int:
    archive = Archive.open(path)
    article_id = archive.keep(source="t.txt", title="T", text="T\n\nbody")
    archive.close()
    return article_id


def test_sigkill_while_writing_marks_loses_no_committed_mark(tmp_path):
    path = tmp_path / "a.sqlite3"
    article_id = new_archive(path)
    for round_ in range(3):
        process = writer(path, article_id, f"round{round_}", 0)
        committed = []
        assert process.stdout is not None
        while len(committed) < 40 + 17 * round_:  # kill it at a different point each round
            committed.append(process.stdout.readline().strip())
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        committed += [line.strip() for line in process.stdout.read().splitlines() if line.strip()]
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()
        archive = Archive.open(path)
        stored = {m.words: m for m in archive.marks(article_id) if m.words.startswith(f"round{round_} ")}
        assert set(committed) <= set(stored)
        for mark in stored.values():  # nothing half-written: every mark is whole
            n = mark.words.rsplit(" ", 1)[1]
            assert (mark.verdict, mark.status, mark.note) == ("false", "doing", f"note {n}\n" * 20)
        archive.close()


def test_two_processes_writing_marks_lose_none(tmp_path):
    path = tmp_path / "a.sqlite3"
    article_id = new_archive(path)
    processes = [writer(path, article_id, name, 150) for name in ("left", "right")]
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "locked" not in err
        assert len(out.splitlines()) == 150
    archive = Archive.open(path)
    marks = archive.marks(article_id)
    assert len(marks) == 300
    assert {m.words.split()[0] for m in marks} == {"left", "right"}
