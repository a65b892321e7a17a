"""The installed `newsreader` in a real terminal (tmux): it paints, analyses, obeys keys and quits with 0."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

NEWSREADER = Path(sys.executable).parent / "newsreader"

pytestmark = [pytest.mark.tmux]


def require_a_terminal() -> None:
    """Skip without tmux or the installed command, but fail under CI (`CI` set): these are the only
    tests of the installed command, and a CI run that skipped them would pass untested."""
    missing = [
        reason
        for reason, absent in [
            ("tmux is not installed", shutil.which("tmux") is None),
            ("newsreader is not installed in this environment", not NEWSREADER.exists()),
        ]
        if absent
    ]
    if missing and os.environ.get("CI"):
        pytest.fail(f"{'; '.join(missing)}, and CI must run the real-terminal tests")
    if missing:
        pytest.skip("; ".join(missing))


class Terminal:
    """A detached tmux session running one command.

    The session gets this test's cache folder and no config file through `-e`: a tmux server that is
    already running would otherwise start it with the server's environment, the user's real ones."""

    def __init__(self, command: str, cwd: Path, width: int = 100, height: int = 30) -> None:
        self.name = f"newsreader-test-{os.getpid()}-{time.monotonic_ns()}"
        script = f"cd {shlex.quote(str(cwd))} && {command}; echo EXIT=$?; sleep 60"
        private = {
            "TERM": "xterm-256color",
            "NEWSREADER_CACHE_DIR": os.environ["NEWSREADER_CACHE_DIR"],  # set by tests/conftest.py
            "NEWSREADER_CONFIG": str(cwd / "no-config.toml"),
        }
        settings = [arg for name, value in private.items() for arg in ("-e", f"{name}={value}")]
        subprocess.run(
            [
                "tmux",
                "new-session",
                "-d",
                "-s",
                self.name,
                "-x",
                str(width),
                "-y",
                str(height),
                *settings,
                script,
            ],
            check=True,
            env={**os.environ, **private},
        )

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True, check=True
        ).stdout

    def keys(self, *keys: str) -> None:
        for key in keys:
            subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)
            time.sleep(0.15)

    def wait_for(self, check: Callable[[str], bool] | str, timeout: float = 60) -> str:
        test = (lambda s: check in s) if isinstance(check, str) else check
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if test(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {check!r}; screen was:\n{self.screen()}")

    def wait_still(self, quiet: float = 1.0, timeout: float = 30) -> str:
        """The screen once it has not changed for `quiet` seconds (a scroll's animation has ended)."""
        deadline = time.monotonic() + timeout
        screen, since = self.screen(), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.1)
            now = self.screen()
            if now != screen:
                screen, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return screen
        raise AssertionError(f"the screen kept changing for {timeout} s; it was:\n{screen}")

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def terminal(tmp_path: Path):
    require_a_terminal()
    opened: list[Terminal] = []

    def start(command: str, **size: int) -> Terminal:
        t = Terminal(command, tmp_path, **size)
        opened.append(t)
        return t

    yield start
    for t in opened:
        t.close()


def panel(screen: str) -> str:
    """The side panel's column of the screen (right of the article's border)."""
    return "\n".join(line.split("▕", 1)[1].strip() for line in screen.splitlines() if "▕" in line)


def article_bottom(screen: str) -> str:
    """The article pane's last row: the line above the legend."""
    lines = screen.splitlines()
    legend = next((i for i, line in enumerate(lines) if "person  organisation" in line), 0)
    return lines[legend - 1].split("▕", 1)[0] if legend else ""


def test_reader_in_a_real_terminal(terminal):
    term = terminal(shlex.quote(str(NEWSREADER)))
    term.wait_for("Russia and Turkey agree to coordinate", timeout=30)
    screen = term.wait_for(lambda s: " quotes · " in s and " claims" in s, timeout=90)
    assert "3 quotes" in screen
    term.wait_for("person  organisation  place/country", timeout=10)  # the legend: the view's final height
    term.keys("G")  # the article's end, where the page's comment form stood in the file
    screen = term.wait_still()  # the scroll's animation over
    assert "thought to remain in war-battered Syria." in article_bottom(screen)  # its last line, at the end
    assert "Leave a Reply" not in screen and "Your email address" not in screen
    term.keys("g")
    term.wait_for("Russia and Turkey agree to coordinate", timeout=10)
    term.keys("2")
    term.wait_for(lambda s: "Sergei Lavrov —\n“We paid special" in panel(s), timeout=10)
    term.keys("/")
    term.wait_for("search the article", timeout=10)
    term.keys("L", "a", "v", "r", "o", "v", "Enter")
    term.wait_for("matches for “Lavrov” 1/3", timeout=10)
    term.keys("n")
    term.wait_for("matches for “Lavrov” 2/3", timeout=10)
    term.keys("?")
    term.wait_for("newsreader — keys", timeout=10)
    term.keys("Escape")
    term.wait_for(lambda s: "newsreader — keys" not in s, timeout=10)
    term.keys("q")
    term.wait_for("EXIT=0", timeout=15)


def test_bad_path_in_a_real_terminal(terminal):
    term = terminal(f"{shlex.quote(str(NEWSREADER))} /no/such/article.txt")
    screen = term.wait_for("EXIT=", timeout=30)
    assert "newsreader: /no/such/article.txt: no such file" in screen
    assert "EXIT=2" in screen
    assert "Traceback" not in screen


def test_small_terminal_and_resize(terminal):
    term = terminal(shlex.quote(str(NEWSREADER)), width=80, height=24)
    term.wait_for(lambda s: " quotes · " in s, timeout=90)
    subprocess.run(["tmux", "resize-window", "-t", term.name, "-x", "120", "-y", "40"], check=True)

    def redrawn(screen: str) -> bool:
        lines = screen.splitlines()
        return "Actors" in screen and any(" quotes · " in line for line in lines[35:])

    term.wait_for(redrawn, timeout=10)
    term.keys("q")
    term.wait_for("EXIT=0", timeout=15)


def test_piped_article_in_a_real_terminal(terminal, tmp_path: Path):
    """`cat page.html | newsreader`: the page is read from the pipe, the keys from the terminal."""
    from tests.loopback import NEWS_PAGE

    (tmp_path / "strike.html").write_text(NEWS_PAGE, encoding="utf-8")
    term = terminal(f"cat strike.html | {shlex.quote(str(NEWSREADER))}")
    term.wait_for("by Ana Torres", timeout=60)
    term.wait_for("Harbour workers strike in Valparaíso", timeout=10)
    term.wait_for(lambda s: " quotes · " in s or " quote · " in s, timeout=90)
    term.keys("r")
    term.wait_for("cannot be read again", timeout=10)
    term.keys("q")
    term.wait_for("EXIT=0", timeout=15)


def test_a_long_file_reaches_its_last_line_in_a_real_terminal(terminal, tmp_path: Path):
    """Over 200,000 characters, so opened head first: the whole follows, and `G` reaches its end."""
    paragraph = (
        "The harbour board met again on Tuesday, and its chair said the new berth would open in May "
        "once the safety inspectors had signed off every crane on the quay."
    )
    body = [f"{paragraph} (part {n})" for n in range(1800)]
    (tmp_path / "long.txt").write_text(
        "The harbour report\n\n" + "\n\n".join(body) + "\n\nThe very last line.\n"
    )
    term = terminal(f"{shlex.quote(str(NEWSREADER))} --no-cache long.txt")
    term.wait_for("The harbour report", timeout=30)
    term.wait_for(lambda s: "Reading the whole article" not in s, timeout=30)
    term.keys("G")
    term.wait_for("The very last line.", timeout=15)  # beyond the head: the whole was read
    term.keys("q")
    term.wait_for("EXIT=0", timeout=15)


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("head -c 4000 /dev/urandom | {nr}", "newsreader: <stdin>: is a binary file, not an article"),
        (": | {nr}", "newsreader: <stdin>: is empty"),
        ("printf '' > empty.txt && {nr} < empty.txt", "newsreader: <stdin>: is empty"),
    ],
)
def test_binary_or_empty_stdin_is_refused_before_the_screen(terminal, command, message):
    """`curl … | newsreader` that fetched nothing, or fetched bytes: one line, exit 2, no screen (#19.1-2)."""
    term = terminal(command.format(nr=shlex.quote(str(NEWSREADER))))
    screen = term.wait_for("EXIT=", timeout=30)
    assert message in screen and "EXIT=2" in screen
    assert "Traceback" not in screen and "Actors" not in screen


@pytest.mark.parametrize("stdin", ["< /dev/null", "<&-"])
def test_dev_null_or_closed_stdin_opens_the_bundled_article_and_reads_keys(terminal, stdin):
    term = terminal(f"{shlex.quote(str(NEWSREADER))} {stdin}")
    term.wait_for("Russia and Turkey agree to coordinate", timeout=30)
    term.keys("q")  # the keys come from the terminal, not from the empty standard input
    term.wait_for("EXIT=0", timeout=15)


def test_the_reader_in_tmux_uses_the_tests_own_config_and_cache(terminal, tmp_path: Path):
    """What a test's reader writes (the cache, a theme chosen) goes to the test's folders."""
    term = terminal(shlex.quote(str(NEWSREADER)))
    term.wait_for(lambda s: " quotes · " in s, timeout=90)
    term.keys("t")  # a theme chosen in the app is written to the config file
    term.wait_for("saved in", timeout=15)
    term.keys("q")
    term.wait_for("EXIT=0", timeout=15)
    config = tmp_path / "no-config.toml"  # the Terminal's config file: in the test's folder
    assert 'theme = "textual-light"' in config.read_text(encoding="utf-8")
    assert any(Path(os.environ["NEWSREADER_CACHE_DIR"]).rglob("*.json"))


def test_keys_typed_at_once_after_a_focus_key_go_where_it_put_focus(terminal):
    """`1 j enter` and `/ Lavrov enter` sent in one burst: the j moves in the Actors list and the
    search gets every letter, however fast the keys come after the one that moved focus (#15.4)."""
    term = terminal(shlex.quote(str(NEWSREADER)))
    screen = term.wait_for(lambda s: " quotes · " in s, timeout=90)
    subprocess.run(["tmux", "send-keys", "-t", term.name, "1", "j", "Enter"], check=True)
    screen = term.wait_for("mentions of ", timeout=10)
    assert "mentions of Mevlut Cavusoglu" not in screen  # the first actor: j was not lost
    subprocess.run(["tmux", "send-keys", "-t", term.name, "/", *"Lavrov", "Enter"], check=True)
    term.wait_for("matches for “Lavrov” 1/3", timeout=10)
    term.keys("q")
    term.wait_for("EXIT=0", timeout=15)
