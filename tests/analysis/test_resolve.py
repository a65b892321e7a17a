"""Who a speaker span stands for: pronouns, descriptions and floating quotes, on texts written for these tests."""

from __future__ import annotations


def names(a) -> list[str | None]:
    return [q.speaker_name for q in a.quotes]


def test_he_is_the_person_named_before(analyse):
    text = (
        "Port reopens\n\n"
        "Harbour master Tom Reilly opened the gates on Monday.\n\n"
        "“We waited two years for this day,” he said.\n"
    )
    assert names(analyse(text)) == ["Tom Reilly"]


def test_title_gives_gender(analyse):
    text = (
        "Council vote\n\n"
        "Mrs. Ana Ortiz and Mr. Tom Reilly met the council on Monday to discuss the harbour.\n\n"
        "“We will not give up the harbour,” she said.\n"
    )
    assert names(analyse(text)) == ["Ana Ortiz"]


def test_earlier_pronoun_gives_gender(analyse):
    text = (
        "Council vote\n\n"
        "Ana Ortiz runs the fish market. She has worked there for thirty years.\n\n"
        "Tom Reilly, the mayor, visited the market on Monday.\n\n"
        "“Nobody asked us about the new rules,” she said.\n"
    )
    assert names(analyse(text)) == ["Ana Ortiz"]


def test_pronoun_continues_the_previous_speaker(analyse):
    text = (
        "Council vote\n\n"
        "“The harbour needs money,” said Tom Reilly, who met Paul Grant at the town hall.\n\n"
        "“Without it the boats will leave,” he said.\n"
    )
    assert names(analyse(text)) == ["Tom Reilly", "Tom Reilly"]


def test_subject_beats_a_later_object(analyse):
    text = (
        "Council vote\n\n"
        "Tom Reilly says he is making a demand of Paul Grant.\n\n"
        "“Will you keep the harbour open for the boats?” he asks.\n"
    )
    assert names(analyse(text)) == ["Tom Reilly"]


def test_writer_pronoun_stays_unresolved(analyse):
    text = (
        "A letter\n\n"
        "My neighbour Tom Reilly asked about the harbour. I had to give him an answer: “It will reopen in spring.”\n"
    )
    a = analyse(text)
    assert a.quotes and a.quotes[-1].speaker is None


def test_description_found_through_a_role(analyse):
    text = (
        "Council vote\n\n"
        "Senator Ana Ortiz visited the harbour on Monday with the mayor.\n\n"
        "“The harbour will get its money,” the senator said.\n"
    )
    assert names(analyse(text)) == ["Ana Ortiz"]


def test_description_with_a_named_place_is_not_the_place(analyse):
    text = "Council vote\n\n“The harbour will get its money,” the Dunmore businessman said.\n"
    a = analyse(text)
    q = a.quotes[0]
    assert q.speaker_span is not None
    assert q.speaker is None


def test_group_description_keeps_its_span_unresolved(analyse):
    text = (
        "Council vote\n\nMayor Tom Reilly spoke first.\n\n"
        "“We were never consulted about the harbour,” officials said.\n"
    )
    q = analyse(text).quotes[0]
    assert q.speaker_span is not None
    assert q.speaker is None


def test_floating_quote_continues_the_speaker(analyse):
    text = (
        "Council vote\n\n"
        "“The harbour needs money,” said Tom Reilly.\n\n"
        "“Without it the boats will leave and the town will die.”\n"
    )
    a = analyse(text)
    assert names(a) == ["Tom Reilly", "Tom Reilly"]
    # it carries the words that named the speaker too: the mention the attribution stands on
    assert a.quotes[1].speaker_span == a.quotes[0].speaker_span


def test_floating_quote_after_he_said_carries_the_pronoun(analyse):
    text = (
        "Council vote\n\n"
        "Tom Reilly spoke after the vote. “We lost,” he said. “The town will remember it.”\n\n"
        "“Nobody here wanted a new road through the harbour.”\n"
    )
    a = analyse(text)
    assert names(a) == ["Tom Reilly"] * 3
    he = a.text.index("he said")
    assert [q.speaker_span for q in a.quotes] == [(he, he + 2)] * 3


def test_floating_quote_does_not_reach_past_a_paragraph(analyse):
    text = (
        "Council vote\n\n"
        "“The harbour needs money,” said Tom Reilly.\n\n"
        "The council met again in June and voted on the budget.\n\n"
        "The budget passed by two votes after a long debate.\n\n"
        "“Without it the boats will leave and the town will die.”\n"
    )
    assert names(analyse(text)) == ["Tom Reilly", None]


def test_they_is_the_group_before(analyse):
    text = (
        "Council vote\n\n"
        "The European Commission wrote to the council on Monday.\n\n"
        "“The harbour must stay open all year,” they wrote.\n"
    )
    assert names(analyse(text)) == ["European Commission"]


def test_definite_description_is_the_person_in_view(analyse):
    text = (
        "Film star leaves the show\n\n"
        "Marcus Delane left the dance contest on Tuesday after six weeks.\n\n"
        "“It was the best summer of my life,” said the actor.\n"
    )
    assert names(analyse(text)) == ["Marcus Delane"]


def test_age_description_is_the_person_of_that_age(analyse):
    text = (
        "New coach\n\n"
        "Rovers hired Paulo Serrano, 56, on Wednesday. The club sacked Tom Reilly last night.\n\n"
        "The 56-year-old said: “I am proud to lead this club.”\n"
    )
    assert names(analyse(text)) == ["Paulo Serrano"]


def test_the_company_is_the_organisation_named_before(analyse):
    text = (
        "Job cuts\n\n"
        "In March, Northwind Shipping laid off 60 workers at its Dunmore office.\n\n"
        "“The cuts were needed to keep the ferries running,” the company said.\n"
    )
    assert names(analyse(text)) == ["Northwind Shipping"]


def test_an_indefinite_description_stays_unresolved(analyse):
    text = (
        "Film star leaves the show\n\n"
        "Marcus Delane left the dance contest on Tuesday after six weeks.\n\n"
        "“He was a joy to work with,” said a producer of the show.\n"
    )
    a = analyse(text)
    assert names(a) == [None]
    assert a.text[slice(*a.quotes[0].speaker_span)].startswith("a producer")


def test_name_after_a_description_and_and_is_the_speaker(analyse):
    text = "Moon study\n\n“The ice may hide an ocean,” lab scientist and study co-author Priya Nandan said.\n"
    assert names(analyse(text)) == ["Priya Nandan"]


def test_name_after_a_stray_noun_is_the_speaker(analyse):
    text = "Budget fight\n\n“Voters are not buying” the new budget, Governor Ana Ortiz said on Monday.\n"
    a = analyse(text)
    assert [q.speaker_name for q in a.quotes if q.speaker_name] == ["Ana Ortiz"]


def test_the_expert_is_the_expert_described_before(analyse):
    text = (
        "Harbour ruling\n\n"
        "Marcus Delane owns the harbour.\n\n"
        "“The owner cannot close a public harbour,” said one legal expert.\n\n"
        "“The courts have said so twice,” the expert added.\n\n"
        "“Nobody is above that rule.”\n"
    )
    a = analyse(text)
    assert names(a) == [None, None, None]
    assert [a.text[slice(*q.speaker_span)] for q in a.quotes] == [
        "one legal expert",
        "the expert",
        "the expert",
    ]


def test_a_relation_of_someone_is_not_that_someone(analyse):
    text = (
        "Trial\n\n"
        "Marcus Delane was charged on Monday.\n\n"
        "“She was brave and smart,” the victim’s mother told the court.\n"
    )
    assert names(analyse(text)) == [None]


def test_main_clause_subject_beats_a_name_in_a_clause_inside(analyse):
    text = (
        "Court hears plea\n\n"
        "Tom Reilly, who represents the guard, spoke after the hearing.\n\n"
        "Tom Reilly declined to say whether Paul Grant died that night. “When all the evidence is in, you will see it differently,” he said.\n"
    )
    assert names(analyse(text))[-1] == "Tom Reilly"


def test_first_name_tells_gender_when_the_text_does_not(analyse):
    text = (
        "Court hears plea\n\n"
        "Defence lawyer Maria Costa met prosecutor Paul Grant before the hearing.\n\n"
        "“My client will plead not guilty,” she said.\n"
    )
    assert names(analyse(text)) == ["Maria Costa"]


def test_first_name_is_only_a_hint_against_the_text(analyse):
    text = (
        "Ferry row\n\n"
        "Robin Hale runs the ferry. She has done so for ten years.\n\n"
        "“Nobody asked us about the timetable,” she said.\n"
    )
    assert names(analyse(text)) == ["Robin Hale"]


def test_it_after_a_statement_is_the_body_that_spoke_last(analyse):
    text = (
        "Ferry row\n\n"
        "“We never stopped the islanders from travelling,” Harbour Lines said in a statement on Friday.\n\n"
        "Now the firm has written again, this time to the council.\n\n"
        "“The boats will run on Sundays from March,” it says.\n"
    )
    a = analyse(text)
    assert names(a)[-1] == names(a)[0] and names(a)[0] is not None


def test_the_statement_speaks_for_its_issuer(analyse):
    text = (
        "Crash inquiry\n\n"
        "Two sailors were hurt in a collision off the coast, the coast guard said in a statement on Monday.\n\n"
        "“The cause of the collision is under investigation,” the statement said.\n"
    )
    a = analyse(text)
    q = a.quotes[0]
    assert q.speaker_name is not None and q.speaker_name.endswith("coast guard")
    assert a.text[q.speaker_span[0] : q.speaker_span[1]] == "the statement"


def test_a_measure_is_never_carried_as_a_speaker(analyse):
    text = (
        "Interview\n\n"
        "“I was at home that night,” Tom Reilly said.\n\n"
        "Reilly later spent 30 minutes describing why he could not have been there that night.\n\n"
        "“I did not even own a car at the time.”\n"
    )
    a = analyse(text)
    q = a.quotes[-1]
    assert q.speaker_span is None or "30" not in a.text[q.speaker_span[0] : q.speaker_span[1]]


def test_he_two_sentences_after_the_only_person_named_is_that_person(analyse):
    text = (
        "Threat case\n\n"
        "Tom Reilly faces ten years in prison. Sentencing is set for May. "
        "He was arrested in April after a call to the office of Mayor Ilhan Voss. "
        "During the call, he said, “somebody ought to stop the mayor,” prosecutors said.\n"
    )
    assert names(analyse(text)) == ["Tom Reilly"]


def test_the_utility_is_the_company_named_before(analyse):
    a = analyse(
        "Outages\n\nThe power company Duke Energy said on Sunday that it had cut power to 50,000 homes. "
        "The utility said it would restore power by Tuesday night.\n"
    )
    c = next(c for c in a.claims if "restore power" in c.text)
    assert c.source_name == "Duke Energy"
