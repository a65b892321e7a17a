"""Bylines and credit lines are dropped when an article is cleaned: texts written for these tests."""

from __future__ import annotations

from tui.articles import article_from_text


def body(raw: str) -> str:
    return article_from_text(raw).text.partition("\n\n")[2]


def test_byline_under_the_headline_is_dropped():
    text = body(
        "Storm hits coast\n\nBy Jane Doe and John Roe, Reuters\n\nThe storm hit the coast on Monday.\n"
    )
    assert text == "The storm hit the coast on Monday."


def test_reporting_and_photo_credit_lines_are_dropped():
    text = body(
        "Storm hits coast\n\nThe storm hit the coast on Monday.\n\nPhoto: Jane Doe/Getty Images\n\n"
        "Officials said the damage was light.\n\n(Reporting by Jane Doe; Editing by John Roe)\n"
    )
    assert text == "The storm hit the coast on Monday.\n\nOfficials said the damage was light."


def test_sentence_opening_with_by_stays():
    raw = (
        "Wool slump\n\nBy 2017, wool prices had fallen for a third year.\n\n"
        "By the fall of 2010, the plan had stalled.\n\nBy contrast, gas boomed.\n"
    )
    assert body(raw).count("By ") == 3
