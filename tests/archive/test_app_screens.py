"""The Archive (`a`) and Desk (`d`) screens in the app (Pilot), on a real archive file."""

from __future__ import annotations

import json

import pytest

from tests.archive.test_app_marks import seed_app, settled
from tests.archive.test_store import TEXT, analysis_of
from tui.archive.store import Archive


@pytest.fixture
def kept(private_archive):
    """An archive holding an article about talks in Moscow with a verdict on its claim."""
    archive = Archive.open(private_archive)
    article_id = archive.keep(
        source="https://example.org/talks",
        title="Talks in Moscow",
        text=TEXT,
        analysis=analysis_of(),
        date="2026-11-02",
        when=1.0,
    )
    archive.set_mark(
        article_id,
        "claim",
        "the ceasefire would hold until March",
        who="Officials",
        start=TEXT.index("the ceasefire"),
        end=TEXT.index("the ceasefire") + len("the ceasefire would hold until March"),
        verdict="false",
        status="done",
    )
    archive.close()
    return article_id


def listed(screen) -> list[str]:
    listing = screen.query_one("#archive-list, #desk-list")
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


async def test_archive_lists_newest_first_filters_and_opens(kept):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("a")
        await settled(app, pilot)
        screen = app.screen
        assert type(screen).__name__ == "ArchiveScreen"
        rows = listed(screen)
        assert rows[0].startswith("Russia and Turkey") and rows[1].startswith("Talks in Moscow")
        assert "1 quotes · 1 claims · 1 checked" in rows[1]
        await pilot.press(*"talks")
        await settled(app, pilot)
        assert [r.split("\n")[0] for r in listed(screen)] == ["Talks in Moscow"]
        await pilot.press("down", "enter")
        await settled(app, pilot)
        assert type(app.screen).__name__ == "Screen"
        assert app.article.title == "Talks in Moscow" and app.article.text == TEXT
        assert app.location == "https://example.org/talks"


async def test_archive_search_finds_what_someone_said_and_opens_it_there(kept):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("a", *"Lavrov", "enter")
        await settled(app, pilot)
        rows = listed(app.screen)
        assert any(r.startswith("quote · Sergei Lavrov") for r in rows)  # the seed's quotes and this one
        target = next(i for i, r in enumerate(rows) if "Talks in Moscow" in r and r.startswith("quote"))
        assert app.focused.id == "archive-list"
        await pilot.press(*["down"] * target, "enter")
        await settled(app, pilot)
        assert app.article.title == "Talks in Moscow"
        view = app.article_view
        assert [view.text[s:e] for s, e in view.marks] == [
            "“We paid special attention to the new circumstances,”"
        ]


@pytest.mark.parametrize("query", ['"', "Lavrov NEAR", "Lav*", "-Lavrov", "(", "NOT Moscow"])
async def test_archive_search_syntax_is_words_never_an_error(kept, query):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("a", *query, "enter")
        await settled(app, pilot)
        assert type(app.screen).__name__ == "ArchiveScreen"
        assert listed(app.screen)  # hits or the "none" line
        await pilot.press("escape")
        assert type(app.screen).__name__ == "Screen"


async def test_desk_by_status_filters_and_opens(kept):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("tab", "3", "v", "2")  # a mostly-true claim of the seed, to check
        await settled(app, pilot)
        await pilot.press("d")
        await settled(app, pilot)
        rows = listed(app.screen)
        assert rows[0] == "TO CHECK (1)" and "verdict: mostly true" in rows[1]
        assert rows[2] == "IN PROGRESS (0)" and rows[3] == "DONE (1)" and "verdict: false" in rows[4]
        await pilot.press("slash", *"verdict:false")
        assert listed(app.screen)[0] == "TO CHECK (0)" and len(listed(app.screen)) == 4
        app.screen.query_one("#desk-filter").value = "source:officials"
        await pilot.pause()
        assert "Officials" in listed(app.screen)[3]
        app.screen.query_one("#desk-filter").value = "date:1999"
        await pilot.pause()
        assert len(listed(app.screen)) == 3  # three empty headings
        app.screen.query_one("#desk-filter").value = "ceasefire"
        await pilot.press("enter", "enter")
        await settled(app, pilot)
        assert app.article.title == "Talks in Moscow"
        view = app.article_view
        assert [view.text[s:e] for s, e in view.marks] == ["the ceasefire would hold until March"]


async def test_desk_e_exports_claimreview(kept, tmp_path):
    app = seed_app()
    out = tmp_path / "reviews.json"
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("d")
        await settled(app, pilot)
        await pilot.press("e")
        assert type(app.screen).__name__ == "PromptScreen"
        app.screen.query_one("#prompt-input").value = str(out)
        await pilot.press("enter")
        await settled(app, pilot)
    [review] = json.loads(out.read_text(encoding="utf-8"))
    assert review["@type"] == "ClaimReview" and review["reviewRating"]["alternateName"] == "false"


async def test_a_and_d_without_archive_say_so(private_archive):
    app = seed_app(archive=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        await pilot.press("a")
        await pilot.press("d")
        assert type(app.screen).__name__ == "Screen"
        assert sum("No archive" in str(n.message) for n in app._notifications) == 2
