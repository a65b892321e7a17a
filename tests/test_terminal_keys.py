"""The installed reader in tmux (issue 15): keys answered while a long text is analysed, in order,
none lost; five quick `]` in a library move five articles. No timings: what is on screen."""

from __future__ import annotations

import shlex
import subprocess
from pathlib import Path

import pytest

from tests.test_terminal import NEWSREADER, Terminal, pytestmark  # noqa: F401 - the marks: tmux, installed


@pytest.fixture
def terminal(tmp_path: Path):
    opened: list[Terminal] = []

    def start(command: str, **size: int) -> Terminal:
        t = Terminal(command, tmp_path, **size)
        opened.append(t)
        return t

    yield start
    for t in opened:
        t.close()


PARAGRAPH = (
    "Mayor Ana Ruiz said on Monday that the harbour board in Lisbon would vote on the new berth. "
    "“We will open it in May,” she told reporters, adding that 40 cranes had been inspected."
)


def long_text(tmp_path: Path, paragraphs: int = 2500) -> Path:
    path = tmp_path / "long.txt"
    body = [f"{PARAGRAPH} (part {n})" for n in range(paragraphs)]
    path.write_text("The harbour report\n\n" + "\n\n".join(body) + "\n\nThe very last line.\n")
    return path


def status_line(screen: str) -> str:
    lines = screen.rstrip("\n").splitlines()
    return lines[-2] if len(lines) > 1 else ""


def test_keys_are_answered_in_order_while_a_long_text_is_analysed(terminal, tmp_path: Path):
    long_text(tmp_path)
    term = terminal(f"{shlex.quote(str(NEWSREADER))} --no-cache long.txt", width=100, height=30)
    term.wait_for("The harbour report", timeout=30)
    term.wait_for(lambda s: "Analysing… part " in status_line(s), timeout=120)
    # each answered while the analysis goes on; the last key's effect is what stays on screen
    term.keys("G")
    screen = term.wait_for("The very last line.", timeout=15)
    assert " · " not in status_line(screen) or "Analysing" in status_line(screen)
    term.keys("g")
    term.wait_for(lambda s: "The harbour report" in s and "The very last line." not in s, timeout=15)
    term.keys("j", "j", "j", "Down")
    term.wait_for(lambda s: "The harbour report" not in s, timeout=15)
    screen = term.wait_for(lambda s: " quotes · " in status_line(s), timeout=600)  # the whole, once
    assert "2500 quotes" in status_line(screen)
    assert "The harbour report" not in screen  # still where the keys left it
    term.keys("q")
    term.wait_for("EXIT=0", timeout=15)


def library(tmp_path: Path) -> Path:
    """Six articles of one shape (as many lines each), told apart by their number only."""
    folder = tmp_path / "library"
    folder.mkdir()
    for i in range(6):
        (folder / f"article-{i + 1}.txt").write_text(f"Article number {i + 1}\n\n{PARAGRAPH}\n")
    return folder


def quick_keys(term: Terminal, *keys: str) -> None:
    """Keys sent at once (`Terminal.keys` waits 0.15 s after each)."""
    for key in keys:
        subprocess.run(["tmux", "send-keys", "-t", term.name, key], check=True)


def test_five_quick_right_brackets_move_five_articles_in_a_real_terminal(terminal, tmp_path: Path):
    library(tmp_path)
    term = terminal(f"{shlex.quote(str(NEWSREADER))} library", width=100, height=30)
    term.wait_for("article-1.txt", timeout=30)  # the library's list
    term.keys("Escape")
    term.wait_for(lambda s: "article-1.txt" not in s, timeout=10)
    quick_keys(term, *"]]]]]")
    screen = term.wait_for("Article number 5", timeout=30)
    assert "5/6" in screen
    term.wait_for(lambda s: " · " in status_line(s) and "quote" in status_line(s), timeout=120)
    screen = term.screen()
    assert "Article number 5" in screen and "5/6" in screen
    term.keys("q")
    term.wait_for("EXIT=0", timeout=15)


def test_q_right_after_five_quick_right_brackets_quits(terminal, tmp_path: Path):
    """The articles' analysis workers are still starting, cancelling each other, waiting for spaCy:
    none keeps the reader from ending (a worker once awaited an analysis for ever, and the reader's
    exit waited for it). The timeout is a guard for "it did exit", not a measure."""
    library(tmp_path)
    term = terminal(f"{shlex.quote(str(NEWSREADER))} library", width=100, height=30)
    term.wait_for("article-1.txt", timeout=30)
    term.keys("Escape")
    term.wait_for(lambda s: "article-1.txt" not in s, timeout=10)
    quick_keys(term, *"]]]]]", "q")
    term.wait_for("EXIT=0", timeout=30)
