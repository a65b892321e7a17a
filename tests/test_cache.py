"""The analysis cache: hits, misses, invalidation, corrupt entries, unwritable folders, racing writers."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import shutil
from pathlib import Path

import pytest

import tui
from tests.waiting import settle
from tui.analysis.analyze import iter_analysis
from tui.analysis.model import Analysis
from tui.app import NewsReaderApp
from tui.cache import AnalysisCache, code_fingerprint, fingerprint_of, pipeline_identity
from tui.resources import default_article
from tui.sources.local import read_article

TEXT = "Harbour strike ends\n\nThe strike ended on Friday, union leader Marta Soto said."


@pytest.fixture
def analysis(analyse) -> Analysis:
    return analyse(TEXT)


def test_hit_and_miss(tmp_path: Path, analysis: Analysis):
    cache = AnalysisCache(tmp_path)
    key = cache.key("Harbour strike ends", TEXT, "en_core_web_sm==3.8.0")
    assert cache.get(key, "a.txt") is None
    assert cache.put(key, analysis)
    hit = cache.get(key, "b.txt")
    assert hit is not None
    assert hit.source == "b.txt"
    assert hit.to_dict() | {"source": analysis.source} == analysis.to_dict()


def test_key_changes_with_text_pipeline_and_code(tmp_path: Path, monkeypatch):
    cache = AnalysisCache(tmp_path)
    base = cache.key("t", TEXT, "p==1")
    assert cache.key("t", TEXT + " ", "p==1") != base
    assert cache.key("t", TEXT, "p==2") != base
    assert cache.key("u", TEXT, "p==1") != base
    monkeypatch.setattr("tui.cache.code_fingerprint", lambda: "changed-rules")
    assert cache.key("t", TEXT, "p==1") != base


def test_code_fingerprint_covers_the_analysis_sources(tmp_path: Path):
    """A copy of the package: the fingerprint is that of its tui/analysis, follows any change of a file
    there (edited, added, moved), and none elsewhere in the package."""
    package = tmp_path / "tui"
    shutil.copytree(Path(tui.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    analysis = package / "analysis"
    base = code_fingerprint()
    assert len(base) == 16
    assert fingerprint_of(analysis) == base  # what the cache uses is the hash of tui/analysis

    def changed(path: Path, edit: str) -> bool:
        before = path.read_text(encoding="utf-8")
        path.write_text(before + edit, encoding="utf-8")
        try:
            return fingerprint_of(analysis) != base
        finally:
            path.write_text(before, encoding="utf-8")

    assert changed(analysis / "quotes.py", "\n# a changed rule\n")
    assert changed(analysis / "entities.py", " ")
    assert not changed(package / "cache.py", "\n# not analysis code\n")
    assert not changed(package / "app.py", "\n# not analysis code\n")
    assert fingerprint_of(analysis) == base  # every edit undone

    (analysis / "rules").mkdir()
    new_rule = analysis / "rules" / "extra.py"
    new_rule.write_text("RULE = 1\n", encoding="utf-8")
    with_new = fingerprint_of(analysis)
    assert with_new != base  # a new module, even in a subfolder
    new_rule.rename(analysis / "extra.py")
    assert fingerprint_of(analysis) not in (base, with_new)  # the same module moved


def test_pipeline_identity_without_spacy():
    assert pipeline_identity("no_such_pipeline_xyz") is None
    ident = pipeline_identity(None)
    assert ident is not None and "==" in ident


@pytest.mark.parametrize("damage", [b"", b"{", b'{"source": 1}', b"\xff\xfe garbage", b"[]"])
def test_corrupt_entry_is_a_miss_and_removed(tmp_path: Path, analysis: Analysis, damage: bytes):
    cache = AnalysisCache(tmp_path)
    key = cache.key("t", TEXT, "p")
    cache.put(key, analysis)
    path = next(tmp_path.rglob("*.json"))
    path.write_bytes(damage)
    assert cache.get(key, "x") is None
    assert not path.exists()
    assert cache.put(key, analysis) and cache.get(key, "x") is not None


def test_unwritable_cache_runs_without_one(tmp_path: Path, analysis: Analysis):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = AnalysisCache(blocker / "cache")  # a folder under a file cannot exist, even for root
    key = cache.key("t", TEXT, "p")
    assert cache.put(key, analysis) is False
    assert cache.get(key, "x") is None


def _write_until_stopped(directory: str, data: dict, stop, writes) -> None:
    cache = AnalysisCache(Path(directory))
    analysis = Analysis.from_dict(data)
    while not stop.is_set():
        assert cache.put("ab" * 32, analysis)
        with writes.get_lock():
            writes.value += 1


def test_racing_writers_never_leave_a_broken_entry(tmp_path: Path, analysis: Analysis):
    """Three processes rewrite one entry while this one reads it: every read is whole JSON. The race
    goes on until both sides have done enough (counts, not a time), so the reads overlap the writes."""
    ctx = mp.get_context("fork")
    stop, writes = ctx.Event(), ctx.Value("i", 0)
    procs = [
        ctx.Process(target=_write_until_stopped, args=(str(tmp_path), analysis.to_dict(), stop, writes))
        for _ in range(3)
    ]
    for p in procs:
        p.start()
    path = tmp_path / "ab" / f"{'ab' * 32}.json"
    reads = 0
    try:
        while (reads < 300 or writes.value < 300) and any(p.is_alive() for p in procs):
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                continue
            assert json.loads(text)["text"] == TEXT  # never empty, never half an entry
            reads += 1
    finally:
        stop.set()
        for p in procs:
            p.join()
    assert [p.exitcode for p in procs] == [0, 0, 0]
    assert reads >= 300 and writes.value >= 300
    assert AnalysisCache(tmp_path).get("ab" * 32, "x") is not None
    assert not [f for f in os.listdir(tmp_path / "ab") if f.startswith(".tmp-")]


def test_progressive_results_for_a_long_text(nlp):
    paragraph = "The council met on Monday. Mayor Ana Ruiz said the budget would grow by 4 percent."
    text = "Budget day\n\n" + "\n\n".join([paragraph] * 400)
    steps = list(iter_analysis(nlp, "<long>", "Budget day", text, interval=0.0))
    done = [d for d, _, _ in steps]
    assert done == list(range(1, len(steps) + 1)) and done[-1] == steps[-1][1] > 1  # progress each chunk
    results = [(d, a) for d, _, a in steps if a is not None]
    assert len(results) >= 2 and results[-1][0] == done[-1]  # partial analyses, then the whole
    counts = [len(a.claims) for _, a in results]
    assert counts == sorted(counts) and counts[0] < counts[-1]
    final = results[-1][1]
    assert all(final.text[c.start : c.end] == c.text for c in final.claims)
    no_partials = list(iter_analysis(nlp, "<long>", "Budget day", text, interval=None))
    assert [a is None for _, _, a in no_partials] == [True] * (len(no_partials) - 1) + [False]


async def test_warm_open_shows_analysis_at_first_paint_without_spacy(tmp_path: Path, nlp):
    article = read_article(default_article())
    cache = AnalysisCache(tmp_path)
    first = NewsReaderApp(article, cache=cache)
    async with first.run_test(size=(100, 30)) as pilot:
        await settle(first, pilot)
        summary = first.status.message
    assert " quotes · " in summary
    assert list(tmp_path.rglob("*.json"))
    second = NewsReaderApp(article, cache=cache)
    async with second.run_test(size=(100, 30)):
        assert second.status.message == summary  # before any worker ran
        assert second.service is None
        assert second.article_view._spans  # highlights are there


async def test_changed_text_is_a_miss(tmp_path: Path):
    cache = AnalysisCache(tmp_path)
    article = read_article(default_article())
    app = NewsReaderApp(article, cache=cache)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
    from dataclasses import replace

    changed = replace(article, text=article.text + "\n\nA new last paragraph.")
    app2 = NewsReaderApp(changed, cache=cache)
    async with app2.run_test(size=(100, 30)) as pilot:
        assert " quotes · " not in app2.status.message
        await settle(app2, pilot)
        assert " quotes · " in app2.status.message


async def test_a_long_text_is_looked_up_whole_and_the_early_child_dropped_on_a_hit(
    tmp_path: Path, monkeypatch
):
    from tui import articles
    from tui.service import AnalysisService
    from tui.sources import load_article

    monkeypatch.setattr(articles, "LONG_TEXT_CHARS", 5_000)  # the rule for long texts, at a test's size
    monkeypatch.setattr(articles, "HEAD_CHARS", 1_500)
    path = tmp_path / "report.txt"
    paragraph = "The council met on Monday. Mayor Ana Ruiz said the budget would grow by 4 percent."
    path.write_text("Budget day\n\n" + "\n\n".join(f"{paragraph} ({n})" for n in range(80)), encoding="utf-8")
    cache = AnalysisCache(tmp_path / "cache")
    head = load_article(str(path), head=True)
    assert not head.whole
    first = NewsReaderApp(head, location=str(path), cache=cache)
    async with first.run_test(size=(100, 30)) as pilot:
        await settle(first, pilot)
        summary = first.status.message
    assert " quotes · " in summary  # the whole was analysed, and cached under the whole's text
    early = AnalysisService().start(preload=False)  # as the command starts one before the paint
    child = early._proc
    second = NewsReaderApp(head, location=str(path), cache=cache, service=early)
    async with second.run_test(size=(100, 30)) as pilot:
        await settle(second, pilot)
        assert second.article.whole and second.status.message == summary
        assert second.service is None  # a hit once read whole: the child was not needed
    child.join(timeout=5)
    assert not child.is_alive()
