"""Claims: the source resolved to a name, on sentences written for these tests (issue 14)."""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check

CASES = [
    # a person's part in the story given in an apposition names them later ("the suspect said")
    Case(
        "The suspect, Tom Reilly, was sentenced on Thursday.\n\nThe video was released on Monday. "
        "Police found the car in the lot. Officers climbed the stairs. They knocked on the door. "
        "A dog barked. The door stayed shut.\n\nThe suspect said he had gone back for his coat.",
        holds="he had gone back for his coat",
        source="Tom Reilly",
    ),
    # "the British royal" is a person, as "the actor" is
    Case(
        "Prince Edward gave an interview to the BBC on Saturday.\n\n"
        "In it, the royal denied that he had met the banker.",
        holds="he had met the banker",
        source="Edward",
    ),  # an acronym stands for the name its initials spell, a company's "Co." left out
    Case(
        "The outage was ordered by Northern Valley Power & Light Co. on Friday.\n\n"
        "NVP&L said it would keep a close eye on the river levels this week.",
        holds="it would keep a close eye on the river levels",
        source="Northern Valley Power & Light Co.",
    ),
    Case(
        "The Baltic Fisheries Organization met in Riga on Tuesday.\n\n"
        "Inspectors in Estonia checked 40 boats. Unlicensed trawling is rising again, says BFO.",
        holds="Unlicensed trawling is rising again",
        source="Baltic Fisheries Organization",
    ),
    # a relative pronoun is the name it hangs on, past an apposition
    Case(
        "The plan was backed by Tom Reilly, a lawyer in Ohio, who said the harbour would reopen in spring.",
        holds="the harbour would reopen in spring",
        source="Tom Reilly",
    ),
    Case(
        "The vote was called by the Harbour Council, which said the fees would rise next year.",
        holds="the fees would rise next year",
        source="Harbour Council",
    ),
    # "several women who said": no name before it, the pronoun's words stay
    Case(
        "Tom Reilly met several women who said the harbour should stay open.",
        holds="the harbour should stay open",
        source="who",
    ),
    # "is convinced that": the belief is the copula's subject's, however the parser hangs the participle
    Case(
        "But Mr. Reilly is convinced that the harbour will be a comeback story.",
        holds="the harbour will be a comeback story",
        source="Reilly",
    ),
    Case("She is convinced that the plan will fail.", holds="the plan will fail", source="She"),
    # a name before a cue noun the parser takes for the sentence's root ("Frost forecasts that …")
    Case(
        "Frost forecasts that the new stadium will cost between $3 million and $4 million by next spring.",
        holds="the new stadium will cost between",
        source="Frost",
    ),
    # a second "said" the parser hangs inside the first report goes on from the first
    Case(
        "Marsh said Dunn had started phoning board members - there are three from each of "
        "the county's seven school districts, plus two elected trustees - but said the "
        "final result was still far from certain.",
        holds="the final result was still far from certain",
        source="Marsh",
    ),
    # a poll's share of people is who says it, however the parser hangs it
    Case(
        "Roughly 3 in 10 say they expect the new mayor to raise local taxes.",
        holds="they expect the new mayor",
        source="Roughly 3 in 10",
    ),
    # "it" after a body that spoke, described rather than named, is that body
    Case(
        "Two sailors were hurt in a fire on Friday, the Dutch navy said in a statement.\n\n"
        "It did not name the ship and said it was keeping back the names of the injured.",
        holds="keeping back the names",
        source="Dutch navy",
    ),
    # a hedge on the cue of a sourced claim is no claim of nobody's around it
    Case(
        "Tom Reilly, the harbour master, has reportedly told friends that the interview on Sunday was a success.",
        holds="was a success",
        source="Tom Reilly",
    ),
    # a subject the parser lost: hung on a fronted phrase, or on the verb as a modifier
    Case(
        "At Pine Ridge, where it takes a new family $12,000 to enrol, Tom Reilly, the school's "
        "64-year-old chairman, suggested that the woes of his neighbours came from weak leadership.",
        holds="the woes of his neighbours came from weak leadership",
        source="Tom Reilly",
    ),
    Case(
        "That mindset, many argue, could cause lasting damage to the harbour.",
        holds="could cause lasting damage",
        source="many",
    ),
    # "they" after people named by a plural noun are those people, not the organisation before them
    Case(
        "The Harbour Trust gave researchers two years of data. They discovered that the harbour "
        "silts up faster in spring. Later they found that the dredging had made it worse.",
        holds="the harbour silts up faster",
        source="researchers",
    ),
    Case(
        "The Harbour Trust gave researchers two years of data. They discovered that the harbour "
        "silts up faster in spring. Later they found that the dredging had made it worse.",
        holds="the dredging had made it worse",
        source="researchers",
    ),
    Case(
        "The Harbour Trust met on Monday to discuss the fees. They said the fees would rise in spring.",
        holds="the fees would rise in spring",
        source="Harbour Trust",
    ),
    # a record speaks for whoever published it, named in the phrase
    Case(
        "According to a report by Reuters, the mayor plans to close the harbour in spring.",
        holds="the mayor plans to close the harbour",
        source="Reuters",
    ),
    Case(
        "A new Gallup survey found that most voters distrust the council.",
        holds="most voters distrust the council",
        source="Gallup",
    ),
    # "the report" two paragraphs on is the same report, and speaks for the same publisher
    Case(
        "According to a report by Reuters, the mayor plans to close the harbour in spring.\n\n"
        "The harbour has been open since 1920.\n\n"
        "The report says the council has not yet voted on the plan.",
        holds="the council has not yet voted",
        source="Reuters",
    ),
    # a capitalised head word goes on the newspaper's name before it: no role for a person
    Case(
        "Gov. Jane Roe opened the new bridge on Monday.\n\n"
        "The new span cost the county $7 million, according to the Pine Falls Courier Leader.",
        holds="The new span cost the county",
        source="Pine Falls Courier",
    ),
    # ... but "Google Chairman" before a name stays a role
    Case(
        "Jane Roe spoke at the conference.\n\nThe company's revenue will grow, said Acme Corp Chairman Tom Reilly.",
        holds="The company's revenue will grow",
        source="Tom Reilly",
    ),
    # a name set off by commas after the subject's relative clause names the subject
    Case(
        "The company that runs the festival, Harbour Events Ltd, denies that the date has been moved.",
        holds="the date has been moved",
        source="Harbour Events Ltd",
    ),
    # "study co-author Jane Roe": the hyphen splits the subject, the name is the speaker
    Case(
        "Snow covers the whole valley, but the slopes are warmer than the floor, said study "
        "co-author Jane Roe, a research fellow.",
        holds="the slopes are warmer than the floor",
        source="Jane Roe",
    ),
]

#: "we" and "you" in a news text are the writer and the reader: nobody is reported.
WRITER_CASES = [
    Case("We know the president was in hospital on Saturday for a check-up.", no_claim="the president"),
    Case("You may think the doctors are wrong about the virus.", no_claim="the doctors"),
    Case("As readers, we believe the council acted too late on the floods.", no_claim="the council"),
    Case("Let’s hope we hear more from his partners at the trial.", no_claim="his partners"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_claim_source_resolved(analyse, case: Case) -> None:
    check(analyse, case)


@pytest.mark.parametrize("case", WRITER_CASES, ids=str)
def test_writer_and_reader_report_nothing(analyse, case: Case) -> None:
    check(analyse, case)


def test_pronoun_is_not_the_name_its_own_clause_gives(analyse) -> None:
    """ "He said Reilly is …": "he" cannot be Reilly, however recent Reilly is."""
    a = analyse(
        "Fraud\n\nMark Stone represents Tom Reilly. Reilly was charged on Monday with fraud.\n\n"
        "He said Reilly is a father of three children.\n"
    )
    c = next(c for c in a.claims if "father of three" in c.text)
    assert c.source_name != "Tom Reilly"


def test_the_report_again_keeps_the_words_that_named_it(analyse) -> None:
    """A quote between "a report in the Gazette" and "The report says" does not lose the report."""
    a = analyse(
        "Harbour\n\nAccording to a report in the Hill Valley Gazette, the mayor closed the harbour on Monday.\n\n"
        "“Harbour. We are on it” is going up on posters on which residents declare, “I love the sea.”\n\n"
        "The report says the council has not yet voted on the plan.\n"
    )
    c = next(c for c in a.claims if "not yet voted" in c.text)
    assert c.source_name is not None and "Hill Valley Gazette" in c.source_name
