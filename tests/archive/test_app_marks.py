"""The desk's keys in the app (Pilot): keeping articles, `v` verdicts, `m` notes, marks that survive."""

from __future__ import annotations

import sqlite3

from tests.waiting import settle
from tui.app import NewsReaderApp
from tui.archive.store import Archive
from tui.resources import default_article
from tui.sources.local import read_article


async def settled(app, pilot) -> None:
    await settle(app, pilot)
    await app.workers.wait_for_complete()
    await pilot.pause()


def row_text(app: NewsReaderApp, tab: str, index: int) -> str:
    return str(app.side.list(tab).get_option_at_index(index).prompt)


def notices(app: NewsReaderApp) -> list[str]:
    """Every message the app shows from now on: a notification leaves `app._notifications` when its
    time is up, which a loaded machine can reach before the test looks."""
    seen: list[str] = []
    show = app.notify

    def notify(message, *args, **kwargs):
        seen.append(str(message))
        return show(message, *args, **kwargs)

    app.notify = notify
    return seen


def seed_app(**kw) -> NewsReaderApp:
    return NewsReaderApp(read_article(default_article()), **kw)


async def test_opened_article_is_kept_with_its_analysis(private_archive):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        assert app.archive_id is not None
    archive = Archive.open(private_archive)
    [entry] = archive.articles()
    assert entry.title.startswith("Russia and Turkey")
    assert (entry.quotes, entry.claims) == (len(app.analysis.quotes), len(app.analysis.claims))
    stored = archive.article(entry.id)
    assert stored.pipeline and stored.code and stored.analysis["claims"]


async def test_no_archive_keeps_nothing_and_says_so_on_v(private_archive):
    app = seed_app(archive=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("tab", "3", "v")
        assert type(app.screen).__name__ == "Screen"  # no chooser
        assert any("No archive" in str(n.message) for n in app._notifications)
    assert not private_archive.exists()


async def test_v_sets_a_verdict_by_digit_and_the_tab_shows_it(private_archive):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("3", "v")  # from the article: the visible tab's highlighted row
        assert type(app.screen).__name__ == "VerdictScreen"
        await pilot.press("5")
        await settled(app, pilot)
        assert "verdict: false" in row_text(app, "claims", 0)
        claim = app.analysis.claims[0]
    [mark] = Archive.open(private_archive).marks()
    assert (mark.kind, mark.words, mark.verdict, mark.status) == ("claim", claim.text, "false", "todo")


async def test_v_enter_escape_and_quotes(private_archive):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("tab", "2", "j", "v")
        assert type(app.screen).__name__ == "VerdictScreen"
        await pilot.press("escape")  # cancels: nothing kept
        await settled(app, pilot)
        assert app.item_marks == {}
        await pilot.press("v", "j", "j", "enter")  # the third verdict: half true
        await settled(app, pilot)
        assert "verdict: half true" in row_text(app, "quotes", 1)
        assert app.focused.id == "quotes"
        await pilot.press("v", "8")
        await settled(app, pilot)
        assert "not a checkable claim" in row_text(app, "quotes", 1)
    marks = Archive.open(private_archive).marks()
    assert [(m.kind, m.verdict) for m in marks] == [("quote", "not-checkable")]


async def test_m_writes_a_note_with_evidence_and_status(private_archive):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("tab", "3", "j", "m")
        assert type(app.screen).__name__ == "NoteScreen"
        await pilot.press(*"Two sources", "enter", *"[b]disagree[/b]")
        await pilot.press("tab", *"not-a-link")
        await pilot.press("ctrl+s")  # refused: not a link
        assert type(app.screen).__name__ == "NoteScreen"
        app.screen.query_one("#evidence").value = "https://example.org/a https://example.org/b"
        await pilot.press("tab")  # from the links to the status set
        await pilot.press("down", "enter")  # in progress
        await pilot.press("ctrl+s")
        await settled(app, pilot)
        assert type(app.screen).__name__ == "Screen"
        assert "in progress" in row_text(app, "claims", 1) and "2 links" in row_text(app, "claims", 1)
    [mark] = Archive.open(private_archive).marks()
    assert mark.note == "Two sources\n[b]disagree[/b]"
    assert mark.evidence == ["https://example.org/a", "https://example.org/b"]
    assert (mark.status, mark.verdict) == ("doing", None)


async def test_escape_asks_before_dropping_an_edit(private_archive):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("tab", "3", "m")
        await pilot.press("escape")  # nothing typed: closes at once
        assert type(app.screen).__name__ == "Screen"
        await pilot.press("m", *"half a thought", "escape")
        assert type(app.screen).__name__ == "ConfirmScreen"
        await pilot.press("n")  # back to the note, text intact
        assert type(app.screen).__name__ == "NoteScreen"
        assert app.screen.query_one("#note-text").text == "half a thought"
        await pilot.press("escape", "y")  # dropped
        await settled(app, pilot)
        assert type(app.screen).__name__ == "Screen"
    assert Archive.open(private_archive).marks() == []


async def test_marks_survive_restart_and_detach_when_the_words_are_gone(private_archive):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("tab", "3", "v", "1")
        await settled(app, pilot)
        claim = app.analysis.claims[0]
        article_id = app.archive_id
    # another run of the analysis code no longer finds that claim: its words are changed in the store
    archive = Archive.open(private_archive)
    archive.set_mark(article_id, "claim", "words this analysis never finds in the article", verdict="false")
    archive.close()
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        assert "verdict: true" in row_text(app, "claims", 0)
        assert app.item_marks[("claims", 0)].words == claim.text
        [detached] = app.detached_marks
        assert detached.verdict == "false"
        last = app.side.list("claims").option_count - 1
        assert "detached mark" in row_text(app, "claims", last)
        assert "words this analysis never finds" in row_text(app, "claims", last)


async def test_a_corrupt_archive_is_one_message_and_the_article_opens(private_archive):
    private_archive.write_bytes(b"not a database\n" * 50)
    app = seed_app()
    messages = notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        assert app.analysis is not None and app.status.message == app.analysis.summary()
        assert any("is not a newsreader archive or is damaged" in m for m in messages)
        await pilot.press("tab", "3", "v")
        assert type(app.screen).__name__ == "Screen"
    assert private_archive.read_bytes() == b"not a database\n" * 50


async def test_a_newer_archive_is_left_alone(private_archive):
    db = sqlite3.connect(private_archive)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    before = private_archive.read_bytes()
    app = seed_app()
    messages = notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        assert app.analysis is not None
        assert any("newer newsreader" in m for m in messages)
    assert private_archive.read_bytes() == before


async def test_a_read_only_archive_is_one_message_and_never_written(private_archive):
    import os
    import stat

    Archive.open(private_archive).close()
    os.chmod(private_archive, stat.S_IRUSR)
    before = private_archive.read_bytes()
    try:
        app = seed_app()
        messages = notices(app)
        async with app.run_test(size=(120, 40)) as pilot:
            await settled(app, pilot)
            assert app.analysis is not None
            assert any("is read-only" in m for m in messages)
        assert private_archive.read_bytes() == before
    finally:
        os.chmod(private_archive, stat.S_IRUSR | stat.S_IWUSR)


async def test_quitting_right_after_a_verdict_keeps_it(private_archive):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("tab", "3", "v", "5", "q")  # no pause: the write is still on its way
    [mark] = Archive.open(private_archive).marks()
    assert mark.verdict == "false"


async def test_a_verdict_stays_on_its_claim_when_the_tab_is_sorted_by_worth(private_archive):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("tab", "3", "s")  # most check-worthy first
        await pilot.pause()
        first = app.side.items["claims"][0]
        await pilot.press("g", "v", "5")
        await settled(app, pilot)
        assert "verdict: false" in row_text(app, "claims", 0)
        await pilot.press("s")  # back in the text's order: the verdict moves with its claim
        await pilot.pause()
        row = app.side.items["claims"].index(first)
        assert "verdict: false" in row_text(app, "claims", row)
        assert (
            sum("verdict:" in row_text(app, "claims", i) for i in range(len(app.side.items["claims"]))) == 1
        )
    [mark] = Archive.open(private_archive).marks()
    assert mark.words == first.text
