"""Claims: reported speech, hedged statements and figures, on sentences written for these tests."""

from __future__ import annotations

from tests.analysis.handparsed import parsed
from tui.analysis.model import Analysis, Claim


def claims_of(a: Analysis, kind: str | None = None) -> list[Claim]:
    return [c for c in a.claims if kind is None or c.kind == kind]


def claim_with(a: Analysis, words: str) -> Claim:
    """The claim whose text holds `words` (fails the test when there is none)."""
    found = [c for c in a.claims if words in c.text]
    assert found, f"no claim holds {words!r}: {[c.text for c in a.claims]}"
    return found[0]


def source_text(a: Analysis, c: Claim) -> str | None:
    return None if c.source_span is None else a.text[c.source_span[0] : c.source_span[1]]


def cue_text(a: Analysis, c: Claim) -> str | None:
    return None if c.cue_span is None else a.text[c.cue_span[0] : c.cue_span[1]]


def test_partly_quoted_complement_is_a_claim(analyse):
    a = analyse(
        "Mayor speaks\n\nThe mayor said the city had become “far too expensive for the people who keep it running.”\n"
    )
    c = claim_with(a, "the city had become")
    assert source_text(a, c) == "The mayor" or source_text(a, c) == "mayor"
    assert c.kind == "reported"


def test_said_that_with_quotation_is_a_claim(analyse):
    a = analyse("Board ruling\n\nThe board said that “the rules were applied fairly to every applicant.”\n")
    c = claim_with(a, "the rules were applied fairly")
    assert c.kind == "reported"


def test_direct_quotation_is_not_a_claim(analyse):
    a = analyse(
        "Minister speaks\n\n“We will build three new bridges over the river next year,” the minister said.\n"
    )
    assert a.quotes
    assert not [c for c in claims_of(a) if c.kind != "figure" and "bridges" in c.text]


def test_clause_after_evidence_verb(analyse):
    a = analyse("Poll\n\nA new survey shows that most farmers expect a poor harvest this year.\n")
    c = claim_with(a, "most farmers expect a poor harvest")
    assert source_text(a, c) == "A new survey"
    assert cue_text(a, c) == "shows"


def test_content_before_the_cue(analyse):
    a = analyse("Rail\n\nThe new line will open in the spring, the transport minister said.\n")
    c = claim_with(a, "The new line will open in the spring")
    assert "minister" in source_text(a, c)


def test_infinitive_of_intent(analyse):
    a = analyse("Budget\n\nThe governor vowed to cut property taxes for retired teachers.\n")
    c = claim_with(a, "to cut property taxes")
    assert source_text(a, c) == "The governor"
    assert cue_text(a, c) == "vowed"


def test_directive_object_and_infinitive(analyse):
    a = analyse("Strike\n\nThe union urged its members to reject the latest pay offer.\n")
    c = claim_with(a, "its members to reject the latest pay offer")
    assert source_text(a, c) == "The union"


def test_object_of_stance_verb(analyse):
    a = analyse("Debate\n\nThe senator criticized the new immigration bill during the hearing.\n")
    c = claim_with(a, "the new immigration bill")
    assert source_text(a, c) == "The senator"
    assert cue_text(a, c) == "criticized"


def test_naming_verb_keeps_the_predicate(analyse):
    a = analyse("Row\n\nThe mayor called the stadium deal a waste of public money.\n")
    c = claim_with(a, "the stadium deal a waste of public money")
    assert source_text(a, c) == "The mayor"


def test_prepositional_content(analyse):
    a = analyse("Ban\n\nSeveral doctors have called for a ban on sugary drinks in schools.\n")
    c = claim_with(a, "a ban on sugary drinks")
    assert source_text(a, c) == "Several doctors"


def test_pronoun_object_is_not_a_claim(analyse):
    a = analyse("Reply\n\nThe spokesman denied it on Tuesday.\n")
    assert not [c for c in a.claims if c.kind == "reported"]


def test_noun_cue_with_clause_and_owner(analyse):
    a = analyse("Dispute\n\nThe mayor's claim that the plant polluted the river angered its owners.\n")
    c = claim_with(a, "the plant polluted the river")
    assert source_text(a, c) == "The mayor's" or "mayor" in source_text(a, c)


def test_noun_cue_of_light_verb_takes_its_subject(analyse):
    a = analyse("Hearing\n\nThe senator raised questions about the contract with the defence firm.\n")
    c = claim_with(a, "the contract with the defence firm")
    assert source_text(a, c) == "The senator"


def test_interrupting_cue(analyse):
    a = analyse("Speech\n\nThe new rules, she said, would protect renters from sudden evictions.\n")
    c = claim_with(a, "would protect renters")
    assert source_text(a, c) == "she"


def test_passive_with_agent(analyse):
    a = analyse("Race\n\nThe candidate has been endorsed by the largest teachers union in the state.\n")
    c = claim_with(a, "The candidate")
    assert "union" in source_text(a, c)


def test_adjective_of_stance(analyse):
    a = analyse("Vote\n\nThe chairman was confident that the measure would pass easily.\n")
    c = claim_with(a, "the measure would pass easily")
    assert source_text(a, c) == "The chairman"


def test_headline_event_is_not_a_claim(analyse):
    a = analyse("Two neighbours agree to share the river water\n\nThe talks ended on Friday.\n")
    assert not [c for c in a.claims if c.kind == "reported"]


def test_headline_speech_verb_with_clause_is_a_claim(analyse):
    a = analyse("Minister says the budget will be balanced\n\nThe talks ended on Friday.\n")
    c = claim_with(a, "the budget will be balanced")
    assert source_text(a, c) == "Minister"


def test_nested_claim_is_left_to_the_outer_one(analyse):
    a = analyse("Plans\n\nThe spokesman said the company wants to close two factories next year.\n")
    c = claim_with(a, "the company wants to close two factories")
    assert source_text(a, c) == "The spokesman"
    assert not [x for x in a.claims if x.text.startswith("to close")]


def test_participle_of_a_noun_takes_the_verbs_subject(analyse):
    a = analyse(
        "Row\n\nThe ministry issued a statement on Friday saying that the border would stay closed.\n"
    )
    c = claim_with(a, "the border would stay closed")
    assert source_text(a, c) == "The ministry"


def test_participle_after_preposition(analyse):
    a = analyse(
        "Checks\n\nThe fact checkers ended their review by announcing that the figure was accurate.\n"
    )
    c = claim_with(a, "the figure was accurate")
    assert source_text(a, c) == "The fact checkers"


def test_object_controls_the_infinitive(analyse):
    a = analyse("Hearing\n\nThe hearing forced the banker to admit that no managers had been punished.\n")
    c = claim_with(a, "no managers had been punished")
    assert source_text(a, c) == "the banker"


def test_relative_that_stands_for_its_noun(analyse):
    # the pronoun is where the text gives the source (PolNeAR marks it); its noun names the source
    a = analyse("Health\n\nHe waved a letter from his doctor that says he is in excellent health.\n")
    c = claim_with(a, "he is in excellent health")
    assert source_text(a, c) == "that"
    assert c.source_name is not None and "letter" in c.source_name


def test_stance_object_with_its_reason(analyse):
    a = analyse("Press\n\nThe candidate blasted the local newspaper for its coverage of the strike.\n")
    c = claim_with(a, "the local newspaper for its coverage of the strike")
    assert source_text(a, c) == "The candidate"


def test_viewing_verb_with_as(analyse):
    a = analyse("Visas\n\nMany critics see the visa program as an easy route to citizenship.\n")
    c = claim_with(a, "the visa program as an easy route to citizenship")
    assert source_text(a, c) == "Many critics"


def test_evidence_verb_with_object(analyse):
    a = analyse("Polls\n\nThe newest surveys show a tight race across the coastal wards.\n")
    c = claim_with(a, "a tight race across the coastal wards")
    assert source_text(a, c) == "The newest surveys"


def test_plain_trying_is_not_a_claim(analyse):
    a = analyse("Repairs\n\nWorkers tried to repair the bridge before the storm arrived.\n")
    assert not [c for c in a.claims if c.kind == "reported"]


def test_mislemmatized_cue_verb(analyse):
    # the lemmatizer reads "hopes" as a form of "hop"
    a = analyse("Farm\n\nIn the end, the farmer hopes to cover most of the losses with insurance payouts.\n")
    c = claim_with(a, "to cover most of the losses")
    assert cue_text(a, c) == "hopes"


def test_intent_with_several_verbs(analyse):
    a = analyse(
        "Service\n\nHe wants to double the number of clinics, hire more nurses and open a training school.\n"
    )
    c = claim_with(a, "to double the number of clinics")
    assert "open a training school" in c.text


def test_noun_phrase_content_needs_an_owner(analyse):
    a = analyse("Alliance\n\nSupport for the alliance has grown in the region.\n")
    assert not [c for c in a.claims if c.kind == "reported"]
    b = analyse("Alliance\n\nThe minister voiced her support for the alliance at the summit.\n")
    c = claim_with(b, "the alliance")
    assert source_text(b, c) == "The minister"


def test_release_is_an_event_not_a_claim(analyse):
    a = analyse("Files\n\nThe ministry released the documents on Monday.\n")
    assert not [c for c in a.claims if c.kind == "reported"]


def test_headline_label_and_colon(analyse):
    a = analyse("Sanders: Clinton needs to focus on jobs in the debate\n\nThe debate is on Monday.\n")
    c = claim_with(a, "Clinton needs to focus on jobs")
    assert source_text(a, c) == "Sanders"


def test_transcript_label(analyse):
    a = analyse(
        "Interview\n\nPartial transcript as follows:\n\n"
        '"HOST: Will he be at the forum on Friday?\n\n'
        '"BRANDT: He will not be coming to the forum, and the organisers know that quite well.\n'
    )
    c = claim_with(a, "He will not be coming to the forum")
    assert source_text(a, c) == "BRANDT"


def test_label_must_be_a_name(analyse):
    a = analyse("Notes\n\nThe Latest: the bridge will reopen next week after repairs.\n")
    assert not [c for c in a.claims if c.kind == "reported"]


def test_that_clause_inside_the_addressee_phrase(analyse):
    a = analyse(
        "Fish\n\nIn Lisbon on Tuesday, she told a gathering of fishing captains that no one knew "
        "the risks of overfishing better than they did.\n"
    )
    c = claim_with(a, "no one knew the risks")
    assert source_text(a, c) == "she"


def test_interrupting_cognition_verb(analyse):
    a = analyse("Tax\n\nThe new tax, the mayor believes, will pay for two new schools.\n")
    c = claim_with(a, "will pay for two new schools")
    assert "mayor" in source_text(a, c)


def test_misparsed_object_of_said(analyse):
    a = analyse(
        "Grants\n\nA spokesman for the agency said most of the projects that opponents hold up as "
        "spending in wealthy suburbs overlooked that the fund also built rural clinics.\n"
    )
    c = claim_with(a, "most of the projects that opponents hold up")
    assert "spokesman" in source_text(a, c)


def test_according_to(analyse):
    a = analyse("Count\n\nAccording to local officials, the flood destroyed most of the harvest.\n")
    c = claim_with(a, "the flood destroyed most of the harvest")
    assert source_text(a, c) == "local officials"


def test_hedged_statements_have_no_source(analyse):
    a = analyse(
        "Talks\n\nThe rebels are believed to hold the northern pass.\n\n"
        "It is understood that the envoy will return on Monday.\n\n"
        "The minister reportedly offered to resign last week.\n"
    )
    hedged = claims_of(a, "hedged")
    texts = " | ".join(c.text for c in hedged)
    assert "hold the northern pass" in texts
    assert "the envoy will return on Monday" in texts
    assert "offered to resign" in texts
    assert all(c.source is None and c.source_span is None for c in hedged)


def test_figure_claim_for_an_uncovered_number(analyse):
    a = analyse("Budget\n\nThe city spent $4.5 million on road repairs in 2023, up 12 percent.\n")
    figures = claims_of(a, "figure")
    assert figures and "$4.5 million" in figures[0].cue
    assert figures[0].source is None


def test_no_figure_claim_where_a_claim_covers_it(analyse):
    a = analyse("Budget\n\nThe mayor said the city spent $4.5 million on road repairs.\n")
    assert not claims_of(a, "figure")
    assert claim_with(a, "$4.5 million").kind == "reported"


def test_source_through_an_adjective(analyse):
    # the cue hangs from "eager"/"short", not from a verb: the source is the copula's or verb's subject
    a = analyse("Budget news\n\nThe governor was eager to tout the new budget deal with the unions.\n")
    assert source_text(a, claim_with(a, "the new budget deal")) == "The governor"
    a = analyse("Strike ends\n\nThe union stopped short of calling the strike a success for its members.\n")
    assert source_text(a, claim_with(a, "the strike a success")) == "The union"


def test_find_with_an_object_is_no_claim(analyse):
    # "found a way" is an event, not a finding; "found that …" still reports one
    a = analyse("Budget news\n\nThe mayor found a way to close the gap in the city budget.\n")
    assert not claims_of(a, "reported")
    a = analyse("Audit news\n\nThe auditors found that the city had overspent on roads for years.\n")
    assert source_text(a, claim_with(a, "the city had overspent")) == "The auditors"


def test_editorial_label_is_no_source(analyse):
    # "Correction:" introduces the paper's own note; "PENCE:" still introduces a speaker's words
    a = analyse(
        "Council vote\n\nThe council voted on Tuesday.\n\n"
        "Correction: A prior edition of this report listed the wrong day for the council vote.\n"
    )
    assert not [c for c in a.claims if "prior edition" in c.text and c.kind == "reported"]
    a = analyse("Debate night\n\nMORGAN: We will cut taxes for every family in the state next year.\n")
    assert source_text(a, claim_with(a, "We will cut taxes")) == "MORGAN"


def test_apparently_is_the_writer_not_a_hedge(analyse):
    # "apparently" is the writer's own inference; "reportedly" points to unnamed reports
    a = analyse("Minister leaves\n\nThe minister apparently left the meeting early on Friday afternoon.\n")
    assert not claims_of(a, "hedged")
    a = analyse("Minister leaves\n\nThe minister reportedly left the meeting early on Friday afternoon.\n")
    assert claim_with(a, "left the meeting").kind == "hedged"


def test_dateline_is_not_the_source(analyse):
    # "DENVER —" only says where the story was filed; the speaker follows the dash
    a = analyse(
        "Water plan\n\nDENVER -- Governor Anna Ruiz, speaking at the capitol on Monday, "
        "said the state would double its spending on water storage.\n"
    )
    assert "Ruiz" in (source_text(a, claim_with(a, "double its spending")) or "")


def test_a_longer_dateline_is_not_the_source(analyse):
    # place, date and agency before the dash: still where the story was filed
    a = analyse(
        "Bill heads to a vote\n\nWASHINGTON, March 3 (Reuters) — Senator Jane Roe said the bill would pass easily.\n"
    )
    assert source_text(a, claim_with(a, "the bill would pass")) == "Jane Roe"


def test_a_dateline_made_the_subject_with_nobody_after_the_dash_voids_the_cue(nlp):
    from tui.analysis.syntax import has_dateline_subject, source_of

    # "DENVER, May 9 (AP) — In a clip for the Hulu show The Porch, Reyes sings.", parsed as spaCy
    # parsed such a line once: the place the subject of "show", taken for a verb
    rows = [
        ("DENVER", "NNP", "PROPN", "nsubj", 14), (",", ",", "PUNCT", "punct", 0),
        ("May", "NNP", "PROPN", "nmod", 5), ("9", "CD", "NUM", "nummod", 2), ("(", "-LRB-", "PUNCT", "punct", 5),
        ("AP", "NNP", "PROPN", "appos", 0), (")", "-RRB-", "PUNCT", "punct", 0), ("—", ":", "PUNCT", "punct", 0),
        ("In", "IN", "ADP", "prep", 14), ("a", "DT", "DET", "det", 10), ("clip", "NN", "NOUN", "pobj", 8),
        ("for", "IN", "ADP", "prep", 10), ("the", "DT", "DET", "det", 13), ("Hulu", "NNP", "PROPN", "pobj", 11),
        ("show", "VBP", "VERB", "ccomp", 19), ("The", "DT", "DET", "det", 16), ("Porch", "NNP", "PROPN", "dobj", 14),
        (",", ",", "PUNCT", "punct", 19), ("Reyes", "NNP", "PROPN", "nsubj", 19), ("sings", "VBZ", "VERB", "ROOT", 19),
        (".", ".", "PUNCT", "punct", 19),
    ]  # fmt: skip
    doc = parsed(nlp, rows)
    assert has_dateline_subject(doc[14]) and source_of(doc[14]) is None
    assert not has_dateline_subject(doc[19]) and source_of(doc[19]).text == "Reyes"


def test_a_cue_verb_with_nobody_doing_it_carries_no_claim(analyse):
    a = analyse(
        "Conference opens\n\nPromoting women’s leadership in business was the theme of the conference.\n"
    )
    assert not a.claims
    a = analyse("Deal questioned\n\nThe senator denied the report about the harbour deal on Tuesday.\n")
    assert source_text(a, claim_with(a, "the report about the harbour deal")) == "The senator"


def test_owner_of_a_cue_noun(analyse):
    # a name in front of the noun, a "from" phrase, or the subject of a verb the tagger took for a noun
    a = analyse("Budget row\n\nThe mayor read a Reuters report that the city had repaid its debts.\n")
    assert source_text(a, claim_with(a, "the city had repaid")) == "Reuters"
    a = analyse(
        "Budget row\n\nThe vote went ahead despite repeated warnings from the treasurer that the fund was empty.\n"
    )
    assert "treasurer" in (source_text(a, claim_with(a, "the fund was empty")) or "")
    a = analyse("Budget row\n\nBut Morales claims that the budget was balanced long before the vote.\n")
    assert source_text(a, claim_with(a, "the budget was balanced")) == "Morales"


def test_two_apostrophe_statement_split_by_its_attribution_is_one_claim(analyse):
    a = analyse(
        "Budget vote\n\n''This budget is a mistake,'' said Ines Varga, a councillor from the harbour ward. "
        "''It cuts the buses and the schools. Nobody asked for that.''\n\nThe vote is on Friday.\n"
    )
    c = claim_with(a, "This budget is a mistake")
    assert c.text.endswith("Nobody asked for that.")  # carried on past the attribution
    assert source_text(a, c) == "Ines Varga"


def test_two_apostrophe_statement_goes_on_after_a_comma(analyse):
    a = analyse(
        "Closing\n\n''If the mill closes, the town goes with it,'' she warned, ''and nobody in the capital cares.''\n"
    )
    c = claim_with(a, "the town goes with it")
    assert c.text.startswith("If the mill closes") and c.text.endswith("nobody in the capital cares.")


def test_two_apostrophe_statement_stops_at_narration(analyse):
    a = analyse(
        "Ferry\n\n''The ferry will run all winter,'' the operator said. Then he left, and the crowd "
        "shouted ''liar'' after him.\n"
    )
    c = claim_with(a, "The ferry will run all winter")
    assert "crowd" not in c.text  # what follows the attribution is narration, not the statement


def test_passive_accusation_without_accuser(analyse):
    a = analyse(
        "Bridge repairs\n\nThe contractor was accused of inflating its bills for the bridge repairs.\n"
    )
    c = claim_with(a, "inflating its bills")
    assert c.text.startswith("The contractor was accused of")
    assert c.kind == "hedged"
    assert c.source_span is None


def test_passive_blame_stops_at_the_writers_addition(analyse):
    a = analyse(
        "Floods\n\nIn the north, the regulators have been blamed for the slow response to the floods, "
        "costing farmers millions.\n"
    )
    c = claim_with(a, "the slow response to the floods")
    assert c.text.startswith("the regulators have been blamed")
    assert "costing" not in c.text


def test_passive_criticism_with_accuser_keeps_the_accuser(analyse):
    a = analyse("Budget\n\nThe budget was criticized by the teachers' union for its cuts to schools.\n")
    assert not [c for c in a.claims if c.kind == "hedged"]
    c = claim_with(a, "The budget")
    assert c.kind == "reported"
    assert source_text(a, c) == "the teachers' union"  # the accuser, not a sourceless charge
    assert cue_text(a, c) == "criticized"


def test_headline_stance_verb_is_a_claim(analyse):
    a = analyse("Nurses' union endorses the new hospital budget\n\nThe vote is on Tuesday.\n")
    c = claim_with(a, "the new hospital budget")
    assert "union" in source_text(a, c)


def test_headline_directive_verb_is_a_claim(analyse):
    a = analyse(
        "Governor urges residents to leave the coast before the storm\n\nThe storm is due on Sunday.\n"
    )
    c = claim_with(a, "residents to leave the coast")
    assert source_text(a, c) == "Governor"


def test_relative_clause_with_its_own_cue_is_its_own_claim(analyse):
    a = analyse(
        "Council\n\nThe mayor criticized the council for cutting the library budget, which she said "
        "would close three branches.\n"
    )
    outer = claim_with(a, "cutting the library budget")
    assert "three branches" not in outer.text
    inner = claim_with(a, "would close three branches")
    assert source_text(a, inner) == "she"


def test_opening_in_a_poll_is_the_source(analyse):
    a = analyse(
        "Race\n\nIn the newest county poll, the mayor leads her challenger by eight points among likely voters.\n"
    )
    c = claim_with(a, "the mayor leads her challenger by eight points")
    assert "poll" in source_text(a, c)
    assert not c.text.startswith("In")


def test_opening_in_a_statement_leaves_the_cue_verb_its_source(analyse):
    a = analyse("Plant\n\nIn a statement, the company said the plant would reopen in March.\n")
    c = claim_with(a, "the plant would reopen in March")
    assert source_text(a, c) == "the company"


# --- kinds ------------------------------------------------------------------------------------


def test_speech_verb_makes_a_reported_claim(analyse):
    a = analyse("Harbour\n\nThe harbour master said that the eastern pier would close for repairs.\n")
    assert claim_with(a, "the eastern pier would close").kind == "reported"


def test_belief_verb_makes_a_belief(analyse):
    a = analyse("Harvest\n\nThe farmers believe that the late frost ruined most of the apple crop.\n")
    assert claim_with(a, "the late frost ruined").kind == "belief"


def test_expectation_and_estimate_are_beliefs(analyse):
    a = analyse(
        "Outlook\n\nThe bank expects that interest rates will fall twice next year.\n\n"
        "The council estimates the new school will cost about four million pounds.\n"
    )
    assert claim_with(a, "interest rates will fall").kind == "belief"
    assert claim_with(a, "the new school will cost").kind == "belief"


def test_stance_adjective_is_a_belief(analyse):
    a = analyse("Vote\n\nThe organisers were confident that the turnout would beat last year's.\n")
    assert claim_with(a, "the turnout would beat").kind == "belief"


def test_infinitive_of_want_or_plan_is_an_intention(analyse):
    a = analyse(
        "Plans\n\nThe company plans to open two new warehouses near the airport.\n\n"
        "The mayor wants to ban cars from the old town on Sundays.\n"
    )
    assert claim_with(a, "to open two new warehouses").kind == "intention"
    assert claim_with(a, "to ban cars from the old town").kind == "intention"


def test_promise_and_directive_are_intentions(analyse):
    a = analyse(
        "Pledges\n\nThe candidate promised to rebuild the flooded bridge within a year.\n\n"
        "The union urged its members to reject the latest pay offer.\n"
    )
    assert claim_with(a, "to rebuild the flooded bridge").kind == "intention"
    assert claim_with(a, "its members to reject").kind == "intention"


def test_call_for_is_an_intention(analyse):
    a = analyse("Safety\n\nParents called for a speed limit outside the primary school.\n")
    assert claim_with(a, "a speed limit outside the primary school").kind == "intention"


def test_plan_noun_is_an_intention_and_belief_noun_a_belief(analyse):
    a = analyse(
        "Council\n\nThe council's plan for a bigger car park behind the station angered residents.\n\n"
        "Her belief that the museum would reopen soon turned out to be wrong.\n"
    )
    assert any(c.kind == "intention" and "a bigger car park" in c.text for c in a.claims)
    assert claim_with(a, "the museum would reopen soon").kind == "belief"


def test_hedge_stays_hedged(analyse):
    a = analyse("Rebels\n\nHundreds of fighters are thought to remain in the hills above the town.\n")
    c = claim_with(a, "remain in the hills")
    assert c.kind == "hedged" and c.source_span is None


# --- negation and modality --------------------------------------------------------------------


def test_negated_cue_keeps_its_negation_in_the_claim(analyse):
    a = analyse("Policy\n\nThe ministers no longer consider the new fishing quotas unfair.\n")
    c = claim_with(a, "the new fishing quotas")
    assert c.text.startswith("no longer consider"), c.text
    assert cue_text(a, c) == "no longer consider"


def test_negated_speech_verb_keeps_not(analyse):
    a = analyse("Inquiry\n\nThe inspector did not say that the fire was started on purpose.\n")
    c = claim_with(a, "the fire was started on purpose")
    assert c.text.startswith("not say"), c.text
    assert "not" in cue_text(a, c)


def test_modal_cue_keeps_its_modal_in_an_object_claim(analyse):
    a = analyse("Budget\n\nThe opposition would support the revised budget for the hospitals.\n")
    c = claim_with(a, "the revised budget")
    assert c.text.startswith("would support"), c.text


def test_plain_clause_claim_is_the_content_alone(analyse):
    a = analyse("Roads\n\nThe engineer said the tunnel would not open before spring.\n")
    c = claim_with(a, "the tunnel would not open before spring")
    assert c.text == "the tunnel would not open before spring"
    assert cue_text(a, c) == "said"


def test_every_export_and_the_json_carry_the_kind(analyse):
    from tui.exports import render

    a = analyse("Ferries\n\nThe council wants to build a second ferry terminal beside the old fish market.\n")
    assert any(c.kind == "intention" for c in a.claims)
    assert any(c["kind"] == "intention" for c in a.to_dict()["claims"])
    for fmt in ("md", "csv", "html", "json"):
        assert "intention" in render(fmt, a), fmt


# --- verbs of action --------------------------------------------------------------------------


def test_bare_object_of_a_verb_of_action_is_no_claim(analyse):
    a = analyse(
        "Court\n\nThe two guards posted bail within a week.\n\n"
        "The coach issued a new training schedule on Tuesday.\n\n"
        "The family claimed the body at the city morgue.\n\n"
        "The carmaker unveiled three electric models in Geneva.\n"
    )
    said = [c.text for c in a.claims if c.kind != "figure"]
    assert not said, said


def test_verb_of_action_with_a_clause_still_reports(analyse):
    a = analyse("Blog\n\nThe minister wrote that the new border checks had cut smuggling by half.\n")
    c = claim_with(a, "the new border checks had cut smuggling")
    assert c.kind == "reported" and source_text(a, c) == "The minister"


def test_object_of_a_stance_verb_is_still_a_claim(analyse):
    a = analyse("Vote\n\nThe farmers' union endorsed the plan for cheaper diesel.\n")
    assert claim_with(a, "the plan for cheaper diesel").kind == "reported"


def test_stance_object_keeps_its_as_adjective(analyse):
    a = analyse("Base\n\nThe ministry rejected the reports as “completely false” on Friday.\n")
    c = claim_with(a, "the reports")
    assert "completely false" in c.text and source_text(a, c) == "The ministry"


# --- sources found as phrases -------------------------------------------------------------------


def test_described_sources_are_kept_as_source_spans(analyse):
    a = analyse(
        "Talks\n\nThe two sides will meet again in May, according to a diplomat close to the negotiations.\n\n"
        "A new county health survey shows that most adults sleep less than seven hours.\n"
    )
    c = claim_with(a, "The two sides will meet again in May")
    assert "a diplomat close to the negotiations" in source_text(a, c)
    c = claim_with(a, "most adults sleep less than seven hours")
    assert "survey" in source_text(a, c)
