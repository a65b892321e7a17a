"""The `newsreader` command line: --json contract, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui import __version__

ARTICLE = """Harbour workers strike in Valparaíso

Harbour workers in Valparaíso walked out on Tuesday, union leader Marta Soto said.

“We will not go back until the port authority listens,” Soto said.
"""


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    # no input: standard input is /dev/null, never the test runner's (which may be a pipe)
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        timeout=120,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_json_contract(article: Path):
    result = run("--json", str(article))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert set(data) >= {"source", "title", "text", "model", "entities", "actors", "quotes", "claims"}
    assert data["source"] == str(article)
    assert data["title"] == "Harbour workers strike in Valparaíso"
    text = data["text"]
    assert text.startswith(data["title"])
    for item in data["quotes"] + data["claims"]:
        assert text[item["start"] : item["end"]] == item["text"]
    for e in data["entities"]:
        assert set(e) == {"start", "end", "label", "actor"}
    ids = {a["id"] for a in data["actors"]}
    for a in data["actors"]:
        assert set(a) >= {"id", "name", "label", "roles", "mentions"}
        assert all(text[s:e] for s, e in a["mentions"])
    (quote,) = data["quotes"]
    assert quote["speaker"] in ids and quote["speaker_name"] == "Marta Soto"
    assert text[quote["speaker_span"][0] : quote["speaker_span"][1]] == "Soto"
    assert quote["cue"] == "said"
    claim = next(c for c in data["claims"] if c["kind"] == "reported")
    assert claim["source_name"] == "Marta Soto"
    assert data["model"].endswith("3.8.0")


def test_json_lines_for_several_paths_and_failures(article: Path, tmp_path: Path):
    result = run("--json", str(article), str(tmp_path / "missing.txt"), str(article))
    assert result.returncode == 2
    assert len(result.stdout.splitlines()) == 2
    assert all(json.loads(line)["title"] for line in result.stdout.splitlines())
    assert result.stderr.strip().splitlines() == [f"newsreader: {tmp_path / 'missing.txt'}: no such file"]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p, "holds no articles"),
        (lambda p: p / "nope.txt", "no such file"),
        (lambda p: (p / "b.bin").write_bytes(b"\x00\x01\x02binary") and p / "b.bin", "binary"),
        (lambda p: (p / "e.txt").write_text("  \n\n ") and p / "e.txt", "is empty"),
        (lambda p: (p / "x.pdf").write_bytes(b"%PDF-1.4\n...") and p / "x.pdf", "binary"),
    ],
)
def test_unreadable_path_exits_2_before_the_app(tmp_path: Path, make, message):
    target = make(tmp_path)
    result = run(str(target))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(target) in lines[0]


def test_version_and_help():
    assert run("--version").stdout.strip() == f"newsreader {__version__}"
    out = run("--help").stdout
    assert "--json" in out and "--model" in out


def test_missing_model_names_the_package(article: Path):
    result = run("--json", "--model", "xx_missing_model", str(article))
    assert result.returncode == 2
    assert "pip install xx-missing-model" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("--model", "xx_missing_model", str(article))
    assert result.returncode == 2 and "xx_missing_model" in result.stderr


def test_default_article_is_the_bundled_seed():
    result = run("--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["title"] == "Russia and Turkey agree to coordinate ground operations in Syria"
    assert "Leave a Reply" not in data["text"]
    assert len(data["quotes"]) == 3


def test_json_cache_and_no_cache(article: Path):
    """The cache itself: --no-cache writes no entry, a first run writes one, a second run serves it
    as stored (a tampered entry comes back tampered: nothing was analysed again), --no-cache ignores it."""
    import os

    def roles(result: subprocess.CompletedProcess[str]) -> list[str]:
        assert result.returncode == 0, result.stderr
        (soto,) = [a for a in json.loads(result.stdout)["actors"] if a["name"] == "Marta Soto"]
        return soto["roles"]

    cache = Path(os.environ["NEWSREADER_CACHE_DIR"])  # this test's own (tests/conftest.py)
    assert roles(run("--json", "--no-cache", str(article))) == ["union leader"]
    assert not list(cache.rglob("*.json"))  # nothing written under --no-cache
    first = run("--json", str(article))
    assert roles(first) == ["union leader"]
    (entry,) = cache.rglob("*.json")
    stored = json.loads(entry.read_text(encoding="utf-8"))
    assert stored["title"] == json.loads(first.stdout)["title"]
    for actor in stored["actors"]:
        if actor["name"] == "Marta Soto":
            actor["roles"] = ["read from the cache"]
    entry.write_text(json.dumps(stored), encoding="utf-8")
    assert roles(run("--json", str(article))) == ["read from the cache"]  # a hit, not re-analysed
    assert roles(run("--json", "--no-cache", str(article))) == ["union leader"]  # the cache bypassed
    assert list(cache.rglob("*.json")) == [entry]
    assert "read from the cache" in entry.read_text(encoding="utf-8")  # and left as it was


def test_json_jobs_keeps_order(tmp_path: Path):
    paths = []
    for i in range(4):
        p = tmp_path / f"a{i}.txt"
        p.write_text(f"Story number {i}\n\nMayor Ana Ruiz said the plan {i} would work.", encoding="utf-8")
        paths.append(str(p))
    result = run("--json", "--no-cache", "--jobs", "2", *paths)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == paths
    folder = run("--json", "--no-cache", "-j", "2", str(tmp_path))
    assert [json.loads(line)["source"] for line in folder.stdout.splitlines()] == paths
