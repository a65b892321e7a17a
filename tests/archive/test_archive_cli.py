"""`newsreader archive …`, `newsreader desk export` and `--archive`/`--no-archive` on real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.archive.store import Archive

ARTICLE = """Harbour workers strike in Valparaíso

Harbour workers in Valparaíso walked out on Tuesday, union leader Marta Soto said.

“We will not go back until the port authority listens,” Soto said.

The port authority said exports fell by 12 percent in March.
"""


def run(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Path:
    """An archive that `--json --archive` filled with the article, and a mark on its claim."""
    folder = tmp_path_factory.mktemp("filled")
    path = folder / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    archive = folder / "kept.sqlite3"
    result = run("--json", "--no-cache", "--archive", str(archive), str(path))
    assert result.returncode == 0, result.stderr
    return archive


def test_json_keeps_nothing_without_archive(article, private_archive):
    result = run("--json", str(article))
    assert result.returncode == 0, result.stderr
    assert not private_archive.exists()


def test_json_with_archive_keeps_each_article_once(article, tmp_path):
    archive = tmp_path / "a.sqlite3"
    for _ in range(2):
        assert run("--json", "--archive", str(archive), str(article)).returncode == 0
    [entry] = Archive.open(archive).articles()
    assert entry.title == "Harbour workers strike in Valparaíso" and entry.quotes == 1


def test_list_search_show_forget(filled, tmp_path):
    listed = run("archive", "list", "--json", "--archive", str(filled))
    assert listed.returncode == 0, listed.stderr
    [entry] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert entry["title"] == "Harbour workers strike in Valparaíso" and entry["quotes"] == 1
    plain = run("archive", "list", "--archive", str(filled))
    assert plain.stdout.startswith(f"{entry['id']}\t") and "1 quotes" in plain.stdout

    hits = [
        json.loads(x)
        for x in run("archive", "search", "Soto", "--json", "--archive", str(filled)).stdout.splitlines()
    ]
    quote = next(h for h in hits if h["kind"] == "quote")
    assert quote["who"] == "Marta Soto" and "port authority listens" in quote["text"]
    for query in ('"Soto', "Soto NEAR port", "Sot*", "-Soto", "(", "NOT", "port -authority"):
        result = run("archive", "search", "--archive", str(filled), "--", query)
        assert result.returncode == 0 and result.stderr == "", (query, result.stderr)

    shown = json.loads(run("archive", "show", str(entry["id"]), "--json", "--archive", str(filled)).stdout)
    assert shown["text"] == ARTICLE.strip() or shown["text"].startswith("Harbour workers strike")
    assert shown["analysis"]["quotes"][0]["speaker_name"] == "Marta Soto" and shown["marks"] == []
    assert "Marta Soto" in run("archive", "show", str(entry["id"]), "--archive", str(filled)).stdout

    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(filled.read_bytes())
    gone = run("archive", "forget", str(entry["id"]), "--json", "--archive", str(copy))
    assert gone.returncode == 0 and json.loads(gone.stdout) == {"forgotten": entry["id"]}
    assert run("archive", "list", "--archive", str(copy)).stdout == ""
    assert run("archive", "search", "Soto", "--archive", str(copy)).stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        ("archive",),
        ("archive", "frobnicate"),
        ("archive", "show", "x"),
        ("archive", "show", "-3"),
        ("archive", "show", "999"),
        ("archive", "forget", "999"),
        ("archive", "search"),
        ("desk", "export", "--format", "pdf"),
        ("desk", "export"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(filled, args):
    result = run(*args, "--archive", str(filled)) if len(args) > 1 else run(*args)
    assert result.returncode == 2, result
    assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_corrupt_archive_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 100)
    result = run("archive", "list", "--archive", str(bad))
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert bad.read_bytes() == b"garbage" * 100


def test_missing_archive_lists_nothing(tmp_path):
    result = run("archive", "list", "--archive", str(tmp_path / "none.sqlite3"))
    assert (result.returncode, result.stdout) == (0, "")
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_file_named_like_a_subcommand_opens_as_dot_slash(tmp_path):
    (tmp_path / "archive").write_text(ARTICLE, encoding="utf-8")
    result = run("--json", "./archive", cwd=tmp_path)
    assert result.returncode == 0 and json.loads(result.stdout)["title"].startswith("Harbour")
    assert run("archive", cwd=tmp_path).returncode == 2  # the subcommand, wanting its verb


def test_archive_and_no_archive_together_are_refused(article):
    result = run("--no-archive", "--archive", "x.sqlite3", str(article))
    assert result.returncode == 2 and "choose one" in result.stderr


def test_subcommands_do_not_fork_the_analysis_process():
    from tui.launch import opens_reader

    assert not opens_reader(["archive", "list"]) and not opens_reader(["desk", "export", "--format", "md"])
    assert opens_reader(["--no-archive", "a.txt"]) and opens_reader(["--archive", "x.sqlite3", "a.txt"])
    assert opens_reader(["./archive"])


def test_json_with_an_unusable_archive_warns_and_still_prints(article, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 100)
    result = run("--json", "--archive", str(bad), str(article))
    assert result.returncode == 0 and json.loads(result.stdout)["title"].startswith("Harbour")
    assert len(result.stderr.splitlines()) == 1 and "damaged" in result.stderr
    assert bad.read_bytes() == b"garbage" * 100
