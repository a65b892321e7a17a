"""A hostile article in a real terminal (tmux): everything the app writes to the terminal is recorded
(`tmux pipe-pane`), and none of the article's escape sequences is in it; its markup is on screen as text."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

from tests.test_terminal import NEWSREADER, pytestmark, terminal  # noqa: F401  (fixture and marks)

ARTICLE = (
    "[@click=app.quit]Hostile[/] headline \x1b]0;PWNEDTITLE\x07with [b]tags[/b]\n\n"
    "“[@click=app.quit]x[/] is [$accent]plain[/] text,” Sergei Lavrov said\x1b]52;c;U09TVElMRQ==\x07 on Monday.\n\n"
    "A link \x1b]8;;http://evil.example/\x1b\\here\x1b]8;;\x1b\\ and a weird colour \x1b[7;77;7mZZ\x1b[0m, "
    "an 8-bit CSI \u009b7;77;7m, a \u202eRLO\u202c override and a bell\x07 end here.\n"
)

#: Byte strings that appear in the output only if the article's escapes reached the terminal.
FORBIDDEN = [
    b"PWNEDTITLE",
    b"U09TVElMRQ",
    b"]52;",
    b"evil.example",
    b"\x1b[7;77;7m",
    b"\xc2\x9b",
    "\u202e".encode(),
]


def test_no_article_escape_reaches_the_terminal(terminal, tmp_path: Path):  # noqa: F811
    article = tmp_path / "hostile.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    record = tmp_path / "output.bin"
    # the app starts a moment after the recording does, so every byte it writes is recorded
    term = terminal(f"sleep 1; {shlex.quote(str(NEWSREADER))} {shlex.quote(str(article))}")
    subprocess.run(
        ["tmux", "pipe-pane", "-o", "-t", term.name, f"cat >> {shlex.quote(str(record))}"], check=True
    )
    screen = term.wait_for(lambda s: " quote" in s and " claim" in s, timeout=90)
    assert "[@click=app.quit]Hostile[/] headline with [b]tags[/b]" in screen
    assert "“[@click=app.quit]x[/] is [$accent]plain[/] text,”" in screen
    assert "weird colour ZZ" in screen
    term.keys("2", "Tab", "Enter", "3", "1", "/")  # Tab: tmux's name for the key ("tab" types t, a, b)
    term.wait_for("search the article", timeout=10)
    term.keys("[", "b", "]", "Enter", "n", "?", "Escape")
    term.wait_for("matches for “[b]”", timeout=10)
    term.keys("q")
    term.wait_for("EXIT=0", timeout=15)
    output = record.read_bytes()
    assert len(output) > 1000  # the recording worked
    for forbidden in FORBIDDEN:
        assert forbidden not in output, forbidden
    # the only BELs are the ends of Textual's own OSC 22 (mouse pointer shape), none is the article's
    assert b"\x07" not in re.sub(rb"\x1b\]22;[a-z-]*\x07", b"", output)
