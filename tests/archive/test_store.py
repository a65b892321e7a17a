"""The archive store on real SQLite files: keeping, searching, forgetting, marks, migrations, bad files."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tui.archive.store import MIGRATIONS, SCHEMA_VERSION, Archive, ArchiveError, fts_query

TEXT = (
    "Talks in Moscow\n\n"
    "“We paid special attention to the new circumstances,” Russian Foreign Minister Sergei Lavrov said.\n"
    "Officials said the ceasefire would hold until March."
)


def analysis_of(text: str = TEXT) -> dict:
    quote = "“We paid special attention to the new circumstances,”"
    claim = "the ceasefire would hold until March"
    qs, cs = text.index(quote), text.index(claim)
    return {
        "source": "t.txt",
        "title": "Talks in Moscow",
        "text": text,
        "model": "test",
        "entities": [],
        "actors": [{"id": "a1", "name": "Sergei Lavrov", "label": "PERSON", "roles": [], "mentions": []}],
        "quotes": [
            {
                "start": qs,
                "end": qs + len(quote),
                "text": quote,
                "speaker": "a1",
                "speaker_name": "Sergei Lavrov",
                "speaker_span": None,
                "cue": "said",
                "cue_span": None,
            }
        ],
        "claims": [
            {
                "start": cs,
                "end": cs + len(claim),
                "text": claim,
                "source": None,
                "source_name": None,
                "source_span": [text.index("Officials"), text.index("Officials") + 9],
                "cue": "said",
                "cue_span": None,
                "kind": "reported",
            }
        ],
    }


@pytest.fixture
def archive(tmp_path: Path):
    a = Archive.open(tmp_path / "a.sqlite3")
    yield a
    a.close()


def keep(archive: Archive, text: str = TEXT, **kw) -> int:
    return archive.keep(source="t.txt", title="Talks in Moscow", text=text, analysis=analysis_of(text), **kw)


def test_keep_once_per_text_and_update_on_reopen(archive):
    first = keep(archive, when=100.0)
    again = keep(archive, when=200.0)
    assert first == again
    [entry] = archive.articles()
    assert (entry.first_opened, entry.last_opened) == (100.0, 200.0)
    assert (entry.actors, entry.quotes, entry.claims, entry.checked) == (1, 1, 1, 0)
    stored = archive.article(first)
    assert stored.text == TEXT and stored.analysis["quotes"][0]["speaker_name"] == "Sergei Lavrov"
    assert stored.analysis["text"] == TEXT


def test_newest_first_and_filter(archive):
    old = archive.keep(source="old.txt", title="Old news", text="Old news\n\nx", when=1.0)
    new = archive.keep(source="new.txt", title="New 100% news_", text="New\n\ny", when=2.0)
    assert [e.id for e in archive.articles()] == [new, old]
    assert [e.id for e in archive.articles("old")] == [old]
    assert [e.id for e in archive.articles("100%")] == [new]  # LIKE's wildcards are characters here
    assert archive.articles("0%n") == []


def test_search_finds_speaker_quote_claim_and_article(archive):
    article_id = keep(archive)
    hits = archive.search("Lavrov")
    kinds = {h.kind for h in hits}
    assert {"quote", "article"} <= kinds
    quote = next(h for h in hits if h.kind == "quote")
    assert quote.who == "Sergei Lavrov" and quote.article_id == article_id
    assert TEXT[quote.start : quote.end].startswith("“We paid")
    article = next(h for h in hits if h.kind == "article")
    assert TEXT[article.start : article.end] == "Lavrov"
    claim = next(h for h in archive.search("ceasefire") if h.kind == "claim")
    assert claim.who == "Officials"  # the words the text attributes it to


@pytest.mark.parametrize(
    "query",
    [
        '"',
        'Lavrov"',
        "Lavrov NEAR Moscow",
        "NEAR(Lavrov Moscow)",
        "Lavr*",
        "-Lavrov",
        "title:Lavrov",
        "(",
        "AND",
        "a OR",
    ],
)
def test_fts_syntax_is_searched_as_words(archive, query):
    keep(archive)
    archive.search(query)  # never an error
    assert all(part.startswith('"') and part.endswith('"') for part in fts_query(query).split())


def test_fts_syntax_words(archive):
    keep(archive)
    assert archive.search("NEAR(Lavrov Moscow)") == []  # "near" is a word: no article has it
    assert archive.search("Lavrov -Moscow")  # the minus is not a NOT
    assert archive.search('"') == [] and archive.search("*") == []


def test_forget_takes_findings_marks_and_search_entries(archive):
    article_id = keep(archive)
    archive.set_mark(article_id, "claim", "the ceasefire would hold until March", verdict="false")
    assert archive.forget(article_id)
    assert archive.articles() == [] and archive.marks() == []
    assert archive.search("Lavrov") == [] and archive.search("ceasefire") == []
    assert archive.checked_like("the ceasefire would hold until March") == []
    db = sqlite3.connect(archive.path)
    for table in ("findings", "marks", "findings_fts", "articles_fts", "marks_fts"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert not archive.forget(article_id)


def test_marks_keep_what_is_not_changed(archive):
    article_id = keep(archive)
    words = "the ceasefire would hold until March"
    archive.set_mark(article_id, "claim", words, who="Officials", verdict="false")
    archive.set_mark(
        article_id, "claim", words, note="two lines\nof note", evidence=["https://example.org/a"]
    )
    mark = archive.set_mark(article_id, "claim", words, status="done")
    assert (mark.verdict, mark.note, mark.evidence, mark.status, mark.who) == (
        "false",
        "two lines\nof note",
        ["https://example.org/a"],
        "done",
        "Officials",
    )
    # the same words, differently spaced and punctuated, are the same mark
    same = archive.set_mark(article_id, "claim", "The ceasefire  would hold until March.", verdict="unproven")
    assert same.id == mark.id and len(archive.marks()) == 1
    assert archive.articles()[0].checked == 1
    with pytest.raises(ValueError):
        archive.set_mark(article_id, "claim", words, verdict="pants-on-fire")


def test_marks_survive_reanalysis(archive):
    article_id = keep(archive)
    archive.set_mark(article_id, "claim", "the ceasefire would hold until March", verdict="false")
    keep(archive)  # analysed again: the findings are replaced, the marks stay
    assert [m.verdict for m in archive.marks(article_id)] == ["false"]


def test_migration_from_version_one_keeps_articles(tmp_path):
    path = tmp_path / "v1.sqlite3"
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute(
        "INSERT INTO articles (text_key, source, title, text, first_opened, last_opened) "
        "VALUES ('k', 's', 'Old title', 'Old title\n\nbody words', 1, 1)"
    )
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    archive = Archive.open(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    [entry] = archive.articles()
    assert entry.title == "Old title" and entry.marks == 0
    assert archive.search("body")[0].title == "Old title"
    archive.set_mark(entry.id, "claim", "body words", verdict="true")  # the new table works


def _unchanged(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_newer_archive_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "newer.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE future (x)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(ArchiveError) as err:
        Archive.open(path)
    assert "newer newsreader" in str(err.value) and "\n" not in str(err.value)
    _unchanged(path, before)


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all\n" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "damaged-header"],
)
def test_corrupt_archive_is_refused_and_left_alone(tmp_path, content):
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(content)
    with pytest.raises(ArchiveError) as err:
        Archive.open(path)
    assert "\n" not in str(err.value)
    assert path.read_bytes() == content


def test_other_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE mine (x)")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(ArchiveError, match="something else"):
        Archive.open(path)
    _unchanged(path, before)


def test_read_only_archive(tmp_path):
    path = tmp_path / "ro.sqlite3"
    archive = Archive.open(path)
    keep(archive)
    archive.close()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        before = path.read_bytes()
        with pytest.raises(ArchiveError, match="read-only"):
            Archive.open(path)
        reader = Archive.open(path, read_only=True)  # the commands that only read still work
        assert reader.search("Lavrov")
        with pytest.raises(ArchiveError):
            reader.forget(1)
        reader.close()
        assert path.read_bytes() == before
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_missing_folder_is_created_and_a_folder_refused(tmp_path):
    archive = Archive.open(tmp_path / "deep" / "er" / "a.sqlite3")
    assert archive.count() == 0
    with pytest.raises(ArchiveError, match="directory"):
        Archive.open(tmp_path)
