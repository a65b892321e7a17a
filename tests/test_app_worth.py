"""Check-worthiness in the app: each row says its score and reasons; `s` lists the most worth first."""

from __future__ import annotations

from tests.waiting import settle
from tui.app import NewsReaderApp
from tui.resources import default_article
from tui.sources.local import read_article


async def test_s_sorts_claims_by_worth_and_back():
    app = NewsReaderApp(read_article(default_article()))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        text_order = list(app.side.items["claims"])
        assert len(text_order) > 2
        assert [c.start for c in text_order] == sorted(c.start for c in text_order)
        claims = app.side.list("claims")
        first_row = str(claims.get_option_at_index(0).prompt)
        assert "worth: " in first_row
        await pilot.press("3", "s")
        assert app.side.active_tab == "claims"
        by_worth = app.side.items["claims"]
        scores = [c.checkworthiness for c in by_worth]
        assert scores == sorted(scores, reverse=True) and scores != [c.checkworthiness for c in text_order]
        assert claims.highlighted == 0
        top = max(text_order, key=lambda c: c.checkworthiness)
        assert top.text[:30] in str(claims.get_option_at_index(0).prompt)
        await pilot.press("s")
        assert [c.start for c in app.side.items["claims"]] == [c.start for c in text_order]


async def test_s_on_the_quotes_tab_sorts_quotes():
    app = NewsReaderApp(read_article(default_article()))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "s")
        assert app.side.by_worth == {"quotes"}
        scores = [q.checkworthiness for q in app.side.items["quotes"]]
        assert scores == sorted(scores, reverse=True)
