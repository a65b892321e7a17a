"""Page furniture: each kind real sites leave in an extracted article, on pages of our own making."""

from __future__ import annotations

import pytest

from tests.furniture_pages import HEADLINE, PAGES, STORY, shingle_prf
from tui.articles import article_from_text
from tui.sources.html import article_from_html, strip_site_name
from tui.sources.language import language_notice


@pytest.mark.parametrize(("name", "html", "body", "headline"), PAGES, ids=[p[0] for p in PAGES])
def test_each_page_gives_the_article_alone(name, html, body, headline):
    article = article_from_html(html, "page.html")
    assert article.title == headline
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == headline
    assert paragraphs[1:] == body, name


def test_shingle_f1_over_the_pages_is_whole():
    scores = [
        shingle_prf(article_from_html(html, "p").text.split("\n\n", 1)[1], "\n".join(body))
        for _, html, body, _ in PAGES
    ]
    precision = sum(s[0] for s in scores) / len(scores)
    recall = sum(s[1] for s in scores) / len(scores)
    assert precision == 1.0 and recall == 1.0


@pytest.mark.parametrize(
    ("title", "site", "host", "headline"),
    [
        ("Storm hits coast | The Daily Paper", "The Daily Paper", "dailypaper.com", "Storm hits coast"),
        (
            "Jordan’s king meets the press | Al Bawaba",
            None,
            "www.albawaba.com",
            "Jordan’s king meets the press",
        ),
        ("Opinion | Why we need more trains", "The Paper", "paper.com", "Why we need more trains"),
        ("Live: Storm hits coast - BBC News", "BBC News", "www.bbc.co.uk", "Live: Storm hits coast"),
        # a dash inside the headline is the headline's own
        (
            "Biden - Trump debate: what we learned",
            None,
            "example.com",
            "Biden - Trump debate: what we learned",
        ),
        ("No separators here", "Site", "site.com", "No separators here"),
    ],
)
def test_site_names_and_sections_leave_the_headline(title, site, host, headline):
    assert strip_site_name(title, site, host) == headline


def test_text_files_lose_a_repeated_headline_and_keep_a_real_first_paragraph():
    text = article_from_text(f"{HEADLINE}\n\n{HEADLINE}\n\n" + "\n\n".join(STORY)).text
    assert text.split("\n\n")[1] == STORY[0]
    kept = article_from_text("Storm\n\nStorm warnings were issued on Monday.\n\nMore text here.").text
    assert kept.split("\n\n")[1] == "Storm warnings were issued on Monday."


def test_tail_notes_go_only_from_the_end():
    middle = "Correction: the union says the strike is legal, a claim the port disputes."
    text = article_from_text("\n\n".join([HEADLINE, STORY[0], middle, *STORY[1:]])).text
    assert middle in text  # a paragraph that opens "Correction:" inside the story stays


def test_a_hover_card_leaves_only_the_name():
    text = article_from_text(f"{HEADLINE}\n\nGovernor Kristi NoemKristi Lynn Noem said the ad worked.").text
    assert "Governor Kristi Noem said the ad worked." in text
    unchanged = "McDonald and DeSantis met in McAllen."
    assert unchanged in article_from_text(f"{HEADLINE}\n\n{unchanged}").text


def test_short_english_pages_full_of_names_are_english():
    names = (
        "South Dakota Governor Kristi Noem unveiled the Meth. We're On It. campaign in Sioux Falls, "
        "with Department of Social Services Secretary Laurie Gill and Attorney General Jason Ravnsborg. "
        "Broadhead Co. of Minneapolis made the ads for the South Dakota Department of Social Services."
    )
    assert language_notice(names) is None
    sport = (
        "Minnesota Wild forward Zach Parise scored twice as Ryan Suter, Kevin Fiala, Mats Zuccarello and "
        "Devan Dubnyk led Minnesota past the Vancouver Canucks at Xcel Energy Center in St. Paul on Sunday."
    )
    assert language_notice(sport) is None
    french = (
        "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les ménages face à la "
        "hausse des prix de l'énergie, a déclaré la ministre lors d'une conférence de presse à Paris, "
        "où elle a présenté le plan aux syndicats et aux entreprises du secteur."
    )
    assert language_notice(french) is not None
    german = (
        "Die Bundesregierung hat am Dienstag neue Maßnahmen zur Entlastung der Haushalte beschlossen, "
        "wie die Ministerin auf einer Pressekonferenz in Berlin mitteilte, und sie stellte den Plan "
        "den Gewerkschaften und den Unternehmen der Branche vor."
    )
    assert language_notice(german) is not None
