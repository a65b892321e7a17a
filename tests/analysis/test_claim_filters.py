"""Claims: what the cue rules would find but no one is reported saying — a post's words, a claim
with no one to hold it, a noun's addressee, a thing a relative clause describes, a title standing in
the page (sentences written for these tests)."""

from __future__ import annotations

from tests.analysis.test_claims import claim_with, source_text


def _no_claim_holds(a, words: str) -> bool:
    return not [c for c in a.claims if c.kind != "figure" and words in c.text]


def test_words_of_an_embedded_post_are_no_claim(analyse):
    a = analyse(
        "Masks\n\nThe city began handing out masks on Friday.\n\n"
        "We have started giving out a million masks today. I urge every resident to wear one "
        "outside pic.twitter.com/AbCdEf123\n\n"
        "— Jane Roe (@janeroe) November 1, 2019\n\n"
        "The mayor said the masks would help children most.\n"
    )
    assert _no_claim_holds(a, "every resident to wear one")
    assert any("I urge every resident" in q.text for q in a.quotes)  # the post is its author's quote
    assert source_text(a, claim_with(a, "the masks would help children most")) == "The mayor"


def test_post_author_thinking_is_no_claim(analyse):
    a = analyse(
        "Campaign\n\nThe slogan drew mockery online.\n\n"
        "The main aim of this poster drive is to get people talking. And I think that is working now\n\n"
        "— Governor Jane Roe (@govjaneroe) November 18, 2019\n"
    )
    assert _no_claim_holds(a, "that is working")


def test_belief_noun_with_no_one_to_hold_it_is_no_claim(analyse):
    a = analyse(
        "Palace\n\nAs if all the vague answers were not enough to deepen suspicion that the rumours "
        "are accurate, the duchess said she had nothing to hide.\n\n"
        "The fear that the monarchy would suffer grew over the summer.\n"
    )
    assert _no_claim_holds(a, "the rumours are accurate")
    assert _no_claim_holds(a, "the monarchy would suffer")
    assert source_text(a, claim_with(a, "she had nothing to hide")) == "the duchess"


def test_belief_noun_with_its_holder_is_a_claim(analyse):
    a = analyse("Palace\n\nThe prince's fear that the monarchy would suffer grew over the summer.\n")
    c = claim_with(a, "the monarchy would suffer")
    assert c.kind == "belief"
    assert "prince" in source_text(a, c)


def test_sourceless_hedge_is_still_a_claim(analyse):
    a = analyse("Escape\n\nThe two suspects are thought to have fled across the border.\n")
    assert claim_with(a, "fled across the border").kind == "hedged"


def test_phone_call_to_a_clinic_is_no_claim(analyse):
    a = analyse("Lungs\n\nAlarmed, her school doctor put in a call to the weekend fever clinic on Tuesday.\n")
    assert _no_claim_holds(a, "the weekend fever clinic")


def test_reports_to_an_agency_name_no_content(analyse):
    a = analyse("Filing\n\nThe party must submit its reports to the Electoral Standards Board by June.\n")
    assert _no_claim_holds(a, "the Electoral Standards Board")


def test_opposition_to_something_is_still_a_claim(analyse):
    a = analyse("Trade\n\nHis opposition to the trade deal has cost him votes in the Midwest.\n")
    assert claim_with(a, "the trade deal").kind == "reported"


def test_call_for_something_is_still_a_claim(analyse):
    a = analyse("Ban\n\nThe senator renewed her call for a ban on the sale of assault weapons.\n")
    assert claim_with(a, "a ban on the sale of assault weapons").kind == "intention"


def test_thing_a_relative_clause_describes_reports_no_one(analyse):
    a = analyse(
        "Rockets\n\nThe telescope has been key to the institute's work since the wording in the 2014 "
        "funding bill that told the institute to build it.\n\n"
        "She criticized him over a text thread that showed an aide arranging a dinner with the lobbyist.\n"
    )
    assert _no_claim_holds(a, "the institute to build it")
    assert _no_claim_holds(a, "an aide arranging a dinner")


def test_person_in_a_relative_clause_is_still_a_source(analyse):
    a = analyse(
        "Tunnels\n\nThe port has a hole in its defences that maritime safety analysts say renders "
        "plans for a fence useless.\n"
    )
    assert "analysts" in source_text(a, claim_with(a, "renders plans for a fence useless"))


def test_title_of_another_story_in_the_page_reports_no_one(analyse):
    a = analyse(
        "Rescue\n\nOfficers rushed into the building shortly after midnight.\n\n"
        "Sheriff Identifies Teenager, Father Rescued From Flooded Creek\n\n"
        "Officials said the girl was taken to a hospital and was in good condition.\n"
    )
    assert _no_claim_holds(a, "Flooded Creek")
    assert claim_with(a, "the girl was taken to a hospital").kind == "reported"


def test_title_line_with_a_speech_verb_is_still_a_claim(analyse):
    a = analyse(
        "Roads\n\nThe storm closed most roads in the county on Monday.\n\n"
        "Governor Says Coastal Roads Will Reopen by Friday\n\n"
        "Crews worked through the night to clear the debris.\n"
    )
    assert "Coastal Roads Will Reopen" in claim_with(a, "Coastal Roads Will Reopen").text


def test_label_inside_a_quip_is_no_source(analyse):
    a = analyse(
        "Slogan\n\nThe state's new slogan drew jokes online.\n\n"
        "“Greenland: if we were any colder, we’d be the North Pole,” one user quipped.\n"
    )
    assert not [c for c in a.claims if c.kind != "figure" and c.cue == ":"]


def test_transcript_turn_opened_by_a_mark_is_still_the_speakers(analyse):
    a = analyse(
        "Debate\n\nThe governor went on the Sunday show.\n\n"
        "“PENCE: Well, look, the senator thinks this is a game show. It is serious business.\n"
    )
    assert source_text(a, claim_with(a, "Well, look")) == "PENCE"
