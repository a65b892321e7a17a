"""Claims whose cue has no subject of its own: the noun phrase that controls it is the source, not
the main verb's subject (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.analysis.test_claims import claim_with, source_text


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        # a participle right after the object of "with" or of a verb of leaving
        (
            "The meeting ended with Smith asking the mayor whether she would run again.",
            "she would run again",
            "Smith",
        ),
        (
            "The attacks have left 62 percent of voters saying race relations are getting worse.",
            "race relations are getting worse",
            "62 percent",
        ),
        # an infinitive right after "on X" or "for X"
        ("The firms rely on users to report abusive posts.", "abusive posts", "users"),
        (
            "The ruling will increase the pressure on her to say whether she agrees with the court.",
            "she agrees with the court",
            "her",
        ),
        (
            "The crisis created an opening for Jones to highlight her record as governor.",
            "her record as governor",
            "Jones",
        ),
        # the object of a verb with a "for" reason
        ("The court fined her for saying that the judge was corrupt.", "the judge was corrupt", "her"),
        (
            "The paper gave Carson two stars for dismissing the claim that he had lied.",
            "he had lied",
            "Carson",
        ),
    ],
)
def test_the_phrase_before_a_subjectless_cue_controls_it(analyse, sentence, content, source):
    a = analyse("Town\n\n" + sentence + "\n")
    assert source_text(a, claim_with(a, content)).startswith(source)


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        ("The group used the remarks to urge people to vote for him.", "people to vote for him", "The group"),
        ("He spent more time mocking a familiar target.", "a familiar target", "He"),
    ],
)
def test_a_means_or_a_stretch_of_time_controls_nothing(analyse, sentence, content, source):
    a = analyse("Town\n\n" + sentence + "\n")
    assert source_text(a, claim_with(a, content)) == source


def test_a_noun_of_efforts_is_no_controller(analyse):
    a = analyse("Town\n\nHe was praised for his efforts to say that the war was over.\n")
    assert source_text(a, claim_with(a, "the war was over")) != "his efforts"


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "The party emailed a news story reporting that the senator was losing support.",
            "the senator was losing support",
            "The party",
        ),
        (
            "The magazine shot back in an article stating that Paris had more museums than London.",
            "Paris had more museums than London",
            "The magazine",
        ),
        (
            "Jones fired back a response saying he would not support the plan.",
            "he would not support the plan",
            "Jones",
        ),
    ],
)
def test_what_someone_puts_out_speaks_for_its_author(analyse, sentence, content, source):
    a = analyse("Town\n\n" + sentence + "\n")
    assert source_text(a, claim_with(a, content)) == source


def test_a_record_someone_reads_keeps_its_own_words(analyse):
    a = analyse("Town\n\nShe read a story claiming that the mayor had resigned.\n")
    assert source_text(a, claim_with(a, "the mayor had resigned")) == "a story"


def test_an_aside_participle_goes_on_from_the_reporter(analyse):
    a = analyse(
        "Vote\n\nMs. Ortiz was adamant that the firm keep the upper hand, telling the board it would not move first.\n"
    )
    assert "Ortiz" in source_text(a, claim_with(a, "it would not move first"))
    a = analyse("Vote\n\nShe said her brother was thinking about the vote, adding that she had no regrets.\n")
    assert source_text(a, claim_with(a, "she had no regrets")) == "She"


def test_a_thing_given_for_a_reason_does_not_speak(analyse):
    a = analyse("Town\n\nHe got a raise for saying that sales would double.\n")
    assert source_text(a, claim_with(a, "sales would double")) == "He"
