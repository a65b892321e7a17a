"""The installed command in a real terminal: mark a claim, quit, start again and see the verdict."""

from __future__ import annotations

import shlex

from tests.test_terminal import NEWSREADER, panel, pytestmark, terminal  # noqa: F401 (fixture, marks)
from tui.archive.store import Archive


def test_a_verdict_survives_quitting_and_starting_again(terminal, private_archive):  # noqa: F811
    command = f"{shlex.quote(str(NEWSREADER))} --no-cache"
    term = terminal(command, width=120, height=40)
    term.wait_for(lambda s: " quotes · " in s and " claims" in s, timeout=90)
    term.keys("3", "v")
    term.wait_for("Verdict on", timeout=10)
    term.keys("5")
    term.wait_for(lambda s: "verdict: false" in panel(s), timeout=15)
    term.keys("q")
    term.wait_for("EXIT=0", timeout=15)
    [mark] = Archive.open(private_archive).marks()
    assert mark.verdict == "false"

    again = terminal(command, width=120, height=40)
    again.wait_for(lambda s: " quotes · " in s and " claims" in s, timeout=90)
    again.keys("3")
    again.wait_for(lambda s: "verdict: false" in panel(s), timeout=15)
    again.keys("q")
    again.wait_for("EXIT=0", timeout=15)
