"""Voices with the installed command in a real terminal (tmux): `newsreader corpus` then `newsreader
voices` print their tables, and `w` in the reader over a folder shows the Voices screen."""

from __future__ import annotations

import shlex

from tests.test_corpus import write_corpus
from tests.test_terminal import NEWSREADER, pytestmark, terminal  # noqa: F401 (the fixture and marks)


def test_corpus_then_voices_in_a_terminal(terminal, tmp_path):  # noqa: F811
    write_corpus(tmp_path / "in")
    t = terminal(
        f"{NEWSREADER} corpus in --out r.jsonl && {NEWSREADER} voices r.jsonl --top 5", width=120, height=60
    )
    screen = t.wait_for("EXIT=", timeout=180)
    assert "EXIT=0" in screen
    assert "3 analysed" in screen
    assert "People quoted" in screen and "Marta Soto" in screen
    assert "By kind of source" in screen and "anonymous" in screen


def test_w_in_the_reader_over_a_folder(terminal, tmp_path):  # noqa: F811
    write_corpus(tmp_path / "in")
    # named in the command: a tmux server started before the test does not pass our environment on
    cache = shlex.quote(str(tmp_path / "cache"))
    t = terminal(f"NEWSREADER_CACHE_DIR={cache} {NEWSREADER} in", width=110, height=36)
    t.wait_for("escape closes", timeout=60)  # the library's list is open: close it
    t.keys("Escape")
    t.wait_for(lambda s: "escape closes" not in s, timeout=10)
    t.keys("w")
    screen = t.wait_for("people quoted", timeout=180)
    assert "Voices — in: 3 articles" in screen
    assert "Marta Soto" in screen and "Tom Reyes" in screen
    t.keys("2")
    screen = t.wait_for("anonymous", timeout=10)
    assert "named person" in screen
    t.keys("1", "Enter")
    screen = t.wait_for("enter opens the article", timeout=10)
    t.keys("Enter")
    t.wait_for(lambda s: "Voices —" not in s and "▕" in s, timeout=30)
    t.keys("q")
    assert "EXIT=0" in t.wait_for("EXIT=", timeout=30)
