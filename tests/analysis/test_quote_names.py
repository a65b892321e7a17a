"""Plain-text rules for quotes: embedded posts and headlines, on texts written for these tests."""

from __future__ import annotations

from tui.analysis.posts import find_posts
from tui.analysis.quote_names import headline_end


def test_post_words_end_before_links_and_emoji():
    text = "Intro.\n\nThe ferry is late again ⬇️ https://t.co/abc pic.twitter.com/xyz\n\n— Ana Ortiz 🌊 (@ana) May 2, 2020\n"
    (post,) = find_posts(text)
    assert post.text(text) == "The ferry is late again"
    assert text[post.name_start : post.name_end] == "Ana Ortiz"


def test_post_of_several_lines_is_one_quote():
    text = "Intro.\n\nFirst line of the post\nSecond line of it\n\n— Tom Reilly (@treilly) May 2, 2020\n"
    (post,) = find_posts(text)
    assert post.text(text) == "First line of the post\nSecond line of it"


def test_a_dash_line_without_a_handle_is_no_post():
    assert find_posts("Intro.\n\nSome words here.\n\n— Ana Ortiz, Harbour News\n") == []


def test_headline_in_title_case_or_speaker_colon_form():
    assert headline_end("Voss: ‘The Ferry Will Run’\n\nBody text.") == len("Voss: ‘The Ferry Will Run’")
    assert headline_end("Harbour Reopens After Two Years\n\nBody.") > 0


def test_a_first_sentence_is_no_headline():
    first = (
        "The harbour master said on Monday that the ferry would run again from the spring, after two years."
    )
    assert headline_end(first + "\n\nMore text.") == 0
    assert headline_end("Harbour Reopens\nNo blank line after it.") == 0


def test_a_headline_may_be_a_quotation_alone_or_before_a_colon():
    assert headline_end("‘The ferry is our lifeline’: An island waits for spring\n\nBody.") > 0
    assert headline_end("'Nobody asked the island.'\n\nBody.") > 0
    assert headline_end("“We will run the ferry,” the mayor said.\n\nBody.") == 0
    assert headline_end("“We will run it,” she said. “Soon.”\n\nBody.") == 0


def test_a_headline_credited_to_its_writer_is_no_quote(analyse):
    text = (
        "Harbour digest\n\nFAREWELL—“The Old Pier Café to close at the end of May,” by the Harbour "
        "Times' Ana Ortiz: http://example.com/1.\n\n—“Ferry fares rise again,” by Tom Reilly.\n"
    )
    assert analyse(text).quotes == []


def test_posters_dated_in_brackets_are_no_quotes(analyse):
    text = (
        "Harbour campaigns\n\nThe party's posters drew anger.\n\n“No new tunnel for the harbour” (2005) — "
        "“Free ferries for all? No.” (election poster, Porto 2009).\n"
    )
    assert analyse(text).quotes == []


def test_a_scare_quote_whose_noun_phrase_runs_on_into_a_clause_is_no_quote(analyse):
    a = analyse(
        "Harbour vote\n\nLena Voss said the “dirty tricks” that the council used had cost her the vote.\n"
    )
    assert a.quotes == []
    a = analyse("Harbour vote\n\nLena Voss said the town showed a hatred of the ‘outsider’ born of fear.\n")
    assert a.quotes == []


def test_a_no_break_space_does_not_stop_a_sentence_running_through_a_quotation(analyse):
    text = "Harbour poll\n\nOnly a third of those who chose someone who\u00a0“cares about people like me” backed the mayor.\n"
    assert analyse(text).quotes == []
