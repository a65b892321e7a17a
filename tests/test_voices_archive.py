"""Voices over the archive: `newsreader voices --archive [FILE]` and `w` in the reader with no library
(real SQLite files made with the archive's own store)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from tests.test_app_voices import SIZE, cells, wait_for_voices
from tests.test_voices import spans_of, text_record
from tests.waiting import settle
from tui.archive.store import Archive

TEXT = "Harbour strike\n\nMs. Marta Soto said the port would close. “We will not go back,” Soto said."


def kept(path: Path) -> Path:
    """An archive of two articles (one without an analysis) by the store's own `keep`."""
    quote = (TEXT.index("“"), TEXT.index("”") + 1, "Marta Soto", None)
    record = text_record(TEXT, {"Marta Soto": spans_of(TEXT, "Marta Soto")}, [quote], source="kept.txt")
    record.update(model="m", byline="", entities=[])
    archive = Archive.open(path)
    archive.keep(source="kept.txt", title=record["title"], text=TEXT, analysis=record, date="2016-10-02")
    archive.keep(source="plain.txt", title="Plain", text="Plain\n\nNothing here.")
    archive.close()
    return path


def voices(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", "voices", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_voices_of_an_archive_file(tmp_path):
    path = kept(tmp_path / "a.sqlite3")
    before = path.read_bytes()
    done = voices("--archive", str(path), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["articles"] == 1 and data["people"][0]["name"] == "Marta Soto"
    assert (
        data["people"][0]["gender"] == "female"
        and data["by_outlet"]
        and data["over_time"][0]["group"] == "2016-10"
    )
    assert "plain.txt: kept without an analysis" in done.stderr
    assert path.read_bytes() == before  # read-only: never written


def test_an_unusable_archive_is_one_line_and_exit_2(tmp_path):
    missing = voices("--archive", str(tmp_path / "none.sqlite3"))
    assert missing.returncode == 2 and missing.stderr.strip().count("\n") == 0
    assert "does not exist" in missing.stderr
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all" * 100)
    junk = voices("--archive", str(tmp_path / "junk.sqlite3"))
    assert junk.returncode == 2 and junk.stderr.strip().count("\n") == 0
    nothing = voices()
    assert nothing.returncode == 2 and "--archive" in nothing.stderr


@pytest.mark.asyncio
async def test_w_with_no_library_shows_the_archive_and_opens_a_kept_article(tmp_path):
    from tui.app import NewsReaderApp
    from tui.resources import default_article
    from tui.sources.local import read_article

    path = kept(tmp_path / "a.sqlite3")
    app = NewsReaderApp(read_article(default_article()), archive=path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("w")
        await wait_for_voices(app, pilot)
        assert "Voices — the archive" in str(app.screen.query_one("#voices-title", Static).content)
        names = cells(app.screen.query_one("#table-people", DataTable))
        assert "Marta Soto" in names
        app.screen.query_one("#table-people", DataTable).move_cursor(row=names.index("Marta Soto"))
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        assert app.article.title == "Harbour strike"
        start, end = app.article_view.marks[0]
        assert TEXT[start:end] == "“We will not go back,”"


def test_the_archives_facts_are_kept_beside_it_and_made_again_only_for_what_changed(tmp_path):
    """Voices keeps the archive's facts beside it (ARCHIVE.voices): a second look reads no analysis
    that has not changed, an article kept since is added, one analysed again is read again, one
    forgotten goes; a damaged sidecar is made again. Always the same as facts made from scratch."""
    from tui.voices.aggregate import collect_facts
    from tui.voices.archived import archive_facts
    from tui.voices.report import to_json

    def fresh(path: Path) -> str:
        side = Path(f"{path}.voices")
        saved = side.read_bytes() if side.exists() else None
        side.unlink(missing_ok=True)
        tables, _ = archive_facts(path)
        if saved is not None:
            side.write_bytes(saved)
        return to_json(collect_facts(tables))

    def cached(path: Path) -> tuple[str, dict[str, int]]:
        ids: dict[str, int] = {}
        tables, skipped = archive_facts(path, ids=ids)
        assert [s.reason for s in skipped] == ["kept without an analysis"]
        return to_json(collect_facts(tables)), ids

    path = kept(tmp_path / "a.sqlite3")
    first, ids = cached(path)
    side = Path(f"{path}.voices")
    assert side.exists() and first == fresh(path)
    assert sorted(ids.values()) == [1]
    assert cached(path)[0] == first  # from the sidecar
    text = "Dock talks\n\nTom Reyes said the talks would resume on Monday."
    quote = (text.index("the talks"), len(text) - 1, "Tom Reyes", spans_of(text, "Tom Reyes")[0])
    record = text_record(text, {"Tom Reyes": spans_of(text, "Tom Reyes")}, [quote], source="talks.txt")
    record.update(model="m", byline="", entities=[])
    archive = Archive.open(path)
    added = archive.keep(source="talks.txt", title="Dock talks", text=text, analysis=record)
    archive.close()
    grown, ids = cached(path)
    assert json.loads(grown)["articles"] == 2 and grown == fresh(path)
    assert sorted(ids.values()) == [1, added]
    archive = Archive.open(path)
    archive.forget(1)
    archive.close()
    shrunk, ids = cached(path)  # the rows of the one left, taken from the kept tables
    assert json.loads(shrunk)["articles"] == 1 and shrunk == fresh(path)
    assert list(ids.values()) == [added]
    assert json.loads(shrunk)["people"][0]["name"] == "Tom Reyes"
    archive = Archive.open(path)  # analysed again, by other code: a new stamp
    archive.keep(source="talks.txt", title="Dock talks", text=text, analysis=record, code="other")
    archive.close()
    changed, ids = cached(path)
    assert changed == fresh(path) and list(ids.values()) == [added]
    side.write_bytes(side.read_bytes()[:100])
    assert cached(path)[0] == changed
