""" "Checked before": the similarity on pairs of our own, and the app showing it on a reworded claim."""

from __future__ import annotations

from tests.archive.similar_pairs import OTHER, SAME
from tests.archive.test_app_marks import row_text, seed_app, settled
from tui.archive.similar import THRESHOLD, content_words, same_statement, similarity
from tui.archive.store import Archive


def test_threshold_on_the_written_pairs():
    tp = sum(same_statement(a, b) for a, b in SAME)
    fp = sum(same_statement(a, b) for a, b in OTHER)
    assert tp / len(SAME) >= 0.9  # recall
    assert tp / (tp + fp) >= 0.9  # precision


def test_figures_must_agree_and_function_words_do_not_count():
    assert similarity("Exports rose 8 percent", "Exports rose 9 percent") == 0.0
    assert content_words("The minister said that it was") == {"minister"}
    assert similarity("", "anything") == 0.0
    assert 0 < THRESHOLD < 1


async def test_a_reworded_claim_shows_checked_before_and_p_opens_the_earlier_article(private_archive):
    archive = Archive.open(private_archive)
    earlier = archive.keep(source="earlier.txt", title="Earlier", text="Earlier\n\nx")
    archive.set_mark(
        earlier,
        "claim",
        "Turkey and Russia agreed to coordinate their ground operations in Syria after the US military withdrawal",
        verdict="mostly-false",
        start=9,
        end=10,
    )
    archive.close()
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        assert "checked before" not in row_text(app, "claims", 0)  # the claim; its line is the next row
        assert "checked before: mostly false" in row_text(app, "claims", 1)
        await pilot.press("tab", "3", "p")
        await settled(app, pilot)
        assert app.article.title == "Earlier"
        await pilot.press("tab", "3", "p")  # nothing checked before here
        assert any("Nothing" in str(n.message) for n in app._notifications)


CHECKED = (
    "Turkey and Russia agreed to coordinate their ground operations in Syria after the US military withdrawal"
)


async def test_enter_on_the_checked_before_line_opens_the_earlier_article_at_that_claim(private_archive):
    archive = Archive.open(private_archive)
    text = f"Earlier report\n\nOfficials said that {CHECKED.lower()}. Nothing else was said."
    start = text.index(CHECKED.lower())
    earlier = archive.keep(source="earlier.txt", title="Earlier report", text=text)
    archive.set_mark(earlier, "claim", CHECKED, verdict="false", start=start, end=start + len(CHECKED))
    archive.close()
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        claims = app.side.items["claims"]
        await pilot.press("tab", "3", "j")  # from the claim down to its "checked before" line
        line = row_text(app, "claims", 1)
        assert "checked before: false" in line and "enter opens it" in line
        await pilot.press("c")  # the line stands for its claim: copying copies the claim
        assert app.clipboard.startswith("“" + " ".join(claims[0].text.split()[:5]))
        await pilot.press("enter")
        await settled(app, pilot)
        assert app.article.title == "Earlier report"
        await settled(app, pilot)
        assert app.article_view.marks == [(start, start + len(CHECKED))]


async def test_enter_on_a_claim_still_shows_it_in_the_article(private_archive):
    archive = Archive.open(private_archive)
    earlier = archive.keep(source="earlier.txt", title="Earlier", text="Earlier\n\nx")
    archive.set_mark(earlier, "claim", CHECKED, verdict="false", start=9, end=10)
    archive.close()
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        first = app.side.items["claims"][0]
        await pilot.press("tab", "3", "enter")
        await settled(app, pilot)
        assert app.article.title != "Earlier"
        assert app.article_view.marks == [(first.start, first.end)]
