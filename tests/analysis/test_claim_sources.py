"""Claims: who holds them when the source is not the plain subject of the cue, and what is no claim
(sentences written for these tests)."""

from __future__ import annotations

from tests.analysis.test_claims import claim_with, source_text


def test_participle_after_with_takes_its_noun_as_source(analyse):
    a = analyse(
        "Flood\n\nHeavy rain is expected across the valley on Friday, with hydrologists warning that "
        "the river could burst its banks by the weekend.\n"
    )
    c = claim_with(a, "the river could burst its banks by the weekend")
    assert source_text(a, c) == "hydrologists"


def test_participle_on_a_noun_of_ideas_takes_that_noun(analyse):
    a = analyse(
        "Fire\n\nThe blaze at the mill was followed by rumours suggesting it had been set on purpose.\n"
    )
    c = claim_with(a, "it had been set on purpose")
    assert "rumours" in source_text(a, c)


def test_infinitive_relative_takes_its_noun(analyse):
    a = analyse(
        "Tender\n\nThe only other firm to confirm it has applied for the licence is a group led by Norvane.\n"
    )
    c = claim_with(a, "it has applied for the licence")
    # the noun is the subject of "is": the one it is named as confirmed it (s7: rw-dev's gold names it)
    assert "group" in source_text(a, c)
    a = analyse("Bids\n\nThe only company to confirm it has bid on the contract declined to comment.\n")
    assert "company" in source_text(a, claim_with(a, "it has bid on the contract"))


def test_record_noun_keeps_its_issuer(analyse):
    a = analyse("Firm\n\nThe company issued a statement saying the plant would close next year.\n")
    c = claim_with(a, "the plant would close next year")
    assert source_text(a, c) == "The company"


def test_cue_noun_in_a_medium_belongs_to_the_verbs_subject(analyse):
    a = analyse(
        "Case\n\nMarta Velkova, his lawyer, told the Courier in an email that the young man did not "
        "intend to break any rules.\n"
    )
    c = claim_with(a, "the young man did not intend to break any rules")
    assert "Velkova" in source_text(a, c)


def test_of_the_view_belongs_to_the_subject(analyse):
    a = analyse("Crops\n\nFarmers and grain traders are of the view that the harvest will come in late.\n")
    c = claim_with(a, "the harvest will come in late")
    assert source_text(a, c).startswith("Farmers")


def test_said_in_an_email_that_is_a_clause_of_said(analyse):
    a = analyse(
        "Case\n\nBrandt's lawyer, Marta Velkova, said in an email that Brandt never intended to mislead anyone.\n"
    )
    c = claim_with(a, "Brandt never intended to mislead anyone")
    assert c.kind == "reported"


def test_appositive_name_is_the_source(analyse):
    a = analyse(
        "Stadium\n\nThe trust that runs most of the ground, Eastfield Holdings, says the club will be able to "
        "stay there next season.\n"
    )
    c = claim_with(a, "the club will be able to stay there next season")
    assert source_text(a, c) == "Eastfield Holdings"


def test_reportedly_on_a_speech_verb_keeps_the_speaker(analyse):
    a = analyse(
        "Prince\n\nPrince Andrew has reportedly told friends that the interview was a great success.\n"
    )
    c = claim_with(a, "the interview was a great success")
    assert c.kind == "reported" and "Andrew" in source_text(a, c)
    assert not [x for x in a.claims if x.kind == "hedged"]


def test_hedge_keeps_the_sourced_claim_inside_it(analyse):
    a = analyse(
        "Threat\n\nHe was charged over a letter he reportedly sent to the school, in which he said "
        "he would burn it down.\n"
    )
    inner = [c for c in a.claims if c.text == "he would burn it down"]
    assert inner and inner[0].kind == "reported" and source_text(a, inner[0]) == "he"


def test_hedge_in_a_clause_that_describes_a_noun_hedges_the_noun_phrase(analyse):
    """ "the threats he reportedly made", "a sum reportedly demanded by X": what is hedged is that the
    threats were made, the sum demanded: the noun's phrase up to the clause's end, not what follows."""
    a = analyse(
        "Threat\n\nHe was charged over a June 4 letter he reportedly sent to the school, in which "
        "he said he would burn it down. The sale went ahead despite the $20 reportedly demanded by the "
        "largest shareholder.\n"
    )
    hedged = [c.text for c in a.claims if c.kind == "hedged"]
    assert hedged == [
        "a June 4 letter he reportedly sent to the school",
        "the $20 reportedly demanded by the largest shareholder",
    ], hedged
    b = analyse("Jobs\n\nThe bakery chain reportedly laid off about 45 drivers last month.\n")
    assert [c.kind for c in b.claims if "laid off" in c.text] == ["hedged"]


def test_attest_reports_a_clause(analyse):
    a = analyse(
        'Records\n\nNoel and Thomas signed "false certifications" attesting they had made their rounds.\n'
    )
    c = claim_with(a, "they had made their rounds")
    assert c.kind == "reported"


def test_list_of_labelled_entries_is_no_claim(analyse):
    a = analyse(
        "Arrests\n\nPolice made the following arrests:\n\n"
        "Jane A. Doe: Possession of stolen goods, released on $5,500 bail.\n"
        "John B. Roe: Dealing in stolen cars, possession of burglary tools, held at the county jail without bail.\n"
    )
    assert not [c for c in a.claims if c.kind != "figure" and ("Possession" in c.text or "Dealing" in c.text)]


def test_single_labelled_headline_is_still_a_claim(analyse):
    a = analyse("Sanders: Clinton needs to explain her record\n\nThe senator spoke in Iowa on Monday.\n")
    c = claim_with(a, "Clinton needs to explain her record")
    assert source_text(a, c) == "Sanders"


def test_disclaimer_label_is_no_source(analyse):
    a = analyse(
        "Stocks\n\nShares rose on Monday.\n\nDisclaimer: The views expressed by experts on this site are "
        "their own and not those of the website.\n"
    )
    assert not [c for c in a.claims if "views expressed" in c.text and c.kind != "figure"]


def test_infinitive_of_purpose_does_not_make_its_noun_the_source(analyse):
    a = analyse(
        "Watch\n\nCouncil members have an obligation to tell the developer that residents are paying attention.\n"
    )
    c = claim_with(a, "residents are paying attention")
    assert source_text(a, c) != "an obligation"


def test_lies_in_the_fact_that_reports_nothing(analyse):
    a = analyse("Roads\n\nMuch of the trouble lies in the fact that each new bypass has its own lobby.\n")
    assert not [c for c in a.claims if "each new bypass" in c.text and c.kind != "figure"]


def test_medium_noun_without_a_clause_is_no_claim(analyse):
    a = analyse('Label\n\n"We never blocked her," they said in a statement on their website last Friday.\n')
    assert not [c for c in a.claims if c.text.startswith("their website")]


def test_naming_verb_with_a_pronoun_and_predicate_is_a_claim(analyse):
    a = analyse("Plan\n\nThe senator called it a starting point for our deliberations.\n")
    c = claim_with(a, "it a starting point")
    assert c.kind == "reported" and source_text(a, c) == "The senator"
    assert not [x for x in a.claims if x.text == "our deliberations"]


def test_naming_verb_with_a_bare_pronoun_is_no_claim(analyse):
    a = analyse("Call\n\nThe mayor called him on Monday.\n")
    assert not [c for c in a.claims if c.kind != "figure"]


def test_responding_to_a_thing_is_no_claim(analyse):
    a = analyse(
        "Suit\n\nThe company responded to the lawsuit on Monday, and the suspect confessed to the robbery.\n"
    )
    assert not [c for c in a.claims if c.kind != "figure"]


def test_calling_a_number_or_a_meeting_is_no_claim(analyse):
    a = analyse("Rescue\n\nA neighbour called 911, and the council called an emergency meeting.\n")
    assert not [c for c in a.claims if c.kind != "figure"]


def test_calling_something_a_name_is_still_a_claim(analyse):
    a = analyse("Plan\n\nThe governor called the budget plan a disgrace to the state.\n")
    assert claim_with(a, "the budget plan a disgrace").kind == "reported"


def test_denied_with_a_gerund_is_a_claim(analyse):
    a = analyse("Label\n\nThe record label has denied doing anything wrong in the dispute.\n")
    c = claim_with(a, "doing anything wrong")
    assert c.kind == "reported" and source_text(a, c) == "The record label"


def test_claimed_responsibility_is_a_claim_and_claimed_the_body_is_not(analyse):
    a = analyse(
        "Blast\n\nThe militia claimed responsibility for blowing up the bridge.\n\n"
        "Relatives claimed the body on Monday.\n"
    )
    assert claim_with(a, "responsibility for blowing up").kind == "reported"
    assert not [c for c in a.claims if "the body" in c.text and c.kind != "figure"]


def test_interview_turn_letters_are_no_source(analyse):
    a = analyse(
        "Interview\n\nThe senator spoke to us on Monday.\n\n"
        "Q: You said farmers are being squeezed out.\n\n"
        "A: I think voters will reward a shift in the style of the race.\n"
    )
    assert not [
        c for c in a.claims if c.source_span and a.text[c.source_span[0] : c.source_span[1]] in ("Q", "A")
    ]
    c = claim_with(a, "voters will reward a shift in the style")
    assert source_text(a, c) == "I"


def test_speaker_set_off_inside_the_report_is_the_one_after_the_verb(analyse):
    # the parser takes "The new rules" for the verb's subject and "the minister" for a second one
    a = analyse("Rules\n\nThe new rules, said the minister, will take effect in May.\n")
    c = claim_with(a, "will take effect in May")
    assert source_text(a, c) == "the minister"
    assert c.text.startswith("The new rules")


def test_speaker_the_parser_gives_to_the_report_is_still_the_speaker(analyse):
    # here it takes the speaker for the subject of the reported clause
    a = analyse(
        "Race\n\nThe gap with the incumbent, said Marsh and her aides, would be obvious since he has no base.\n"
    )
    c = claim_with(a, "would be obvious")
    assert source_text(a, c).startswith("Marsh")
    assert c.text.startswith("The gap with the incumbent")


def test_a_report_after_its_speaker_keeps_its_subject(analyse):
    a = analyse("Rules\n\nThe firm said the new rules, which take effect in May, are unfair.\n")
    c = claim_with(a, "are unfair")
    assert source_text(a, c) == "The firm"


def test_doer_of_a_passive_speaks(analyse):
    """ "was told by officials that …", "was disowned by Kessler, hinting that …": the agent is the source."""
    a = analyse("Plant\n\nThe workers were told by officials that the plant would close.\n")
    assert source_text(a, claim_with(a, "the plant would close")) == "officials"
    b = analyse("Letter\n\nThe letter was disowned by Kessler, hinting that it had been forged.\n")
    assert source_text(b, claim_with(b, "it had been forged")) == "Kessler"


def test_a_source_that_is_nobody_reports_nothing(analyse):
    """ "Nothing indicated that …", "No one else admits that …": no one is reported; "None of the
    candidates said …" still names who did not say it."""
    for text in (
        "Nothing indicated that he was hiding the money.",
        "No one else admits that the plan failed.",
    ):
        a = analyse("Money\n\n" + text + "\n")
        assert not [c for c in a.claims if c.kind != "figure"], [c.text for c in a.claims]
    b = analyse("War\n\nNone of the candidates said the war was over.\n")
    assert source_text(b, claim_with(b, "the war was over")) == "None of the candidates"


def test_a_span_of_time_never_speaks(analyse):
    """ "spent ten minutes explaining how …", "spent an hour arguing that …": the spender speaks."""
    a = analyse("Alibi\n\nKessler then spent ten minutes explaining how he was nowhere near the depot.\n")
    assert source_text(a, claim_with(a, "he was nowhere near the depot")) == "Kessler"
    b = analyse("Plan\n\nThe minister spent an hour arguing that the plan would work.\n")
    assert source_text(b, claim_with(b, "the plan would work")) == "The minister"


def test_this_as_a_source_is_the_writers_inference(analyse):
    """ "This shows how close they were": the writer draws it, nobody is reported; "this week the
    minister said" keeps its speaker."""
    a = analyse("Friends\n\nThe prince met the banker often. This shows how close the men were.\n")
    assert not [c for c in a.claims if c.kind != "figure"], [c.text for c in a.claims]
    b = analyse("Plan\n\nThis week the minister said the plan would work.\n")
    assert source_text(b, claim_with(b, "the plan would work")) == "the minister"


def test_relative_pronoun_is_the_span_and_its_noun_the_name(analyse):
    # PolNeAR marks the pronoun as the source; the reader names the source by the noun it stands for
    a = analyse("Poll\n\nThe council released a new poll that shows most voters back the harbour plan.\n")
    c = claim_with(a, "most voters back the harbour plan")
    assert source_text(a, c) == "that"
    assert c.source_name == "a new poll"


def test_who_after_a_description_is_named_by_the_description(analyse):
    a = analyse("Harbour\n\nTom Reilly met several fishermen who said the harbour should stay open.\n")
    c = claim_with(a, "the harbour should stay open")
    assert source_text(a, c) == "who"
    assert c.source_name == "several fishermen"


def test_who_after_a_name_is_that_person(analyse):
    a = analyse("Harbour\n\nThe plan was backed by Jane Roe, who said the harbour would reopen in spring.\n")
    c = claim_with(a, "the harbour would reopen in spring")
    assert source_text(a, c) == "who"
    assert c.source_name == "Jane Roe"
