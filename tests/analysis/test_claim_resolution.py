"""Claims: the source resolved to a name, on sentences written for these tests (issue 14)."""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check

CASES = [
    # a person's part in the story given in an apposition names them later ("the suspect said")
    Case(
        "The suspect, Tom Reilly, was sentenced on Thursday.\n\nThe video was released on Monday. "
        "Police found the car in the lot. Officers climbed the stairs. They knocked on the door. "
        "A dog barked. The door stayed shut.\n\nThe suspect said he needed to get dressed.",
        holds="he needed to get dressed",
        source="Tom Reilly",
    ),
    # "the British royal" is a person, as "the actor" is
    Case(
        "Prince Edward gave an interview to the BBC on Saturday.\n\n"
        "In it, the royal denied that he had met the banker.",
        holds="he had met the banker",
        source="Edward",
    ),
    # an acronym stands for the name its initials spell, a company's "Co." left out
    Case(
        "The blackout was ordered by Pacific Gas & Electric Co. on Tuesday.\n\n"
        "PG&E said it will closely monitor the weather over the weekend.",
        holds="it will closely monitor the weather",
        source="Pacific Gas & Electric Co.",
    ),
    Case(
        "The World Health Organization met in Geneva on Monday.\n\n"
        "Doctors in Madagascar treated 300 people. Untreated plague is always fatal, says WHO.",
        holds="Untreated plague is always fatal",
        source="World Health Organization",
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
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_claim_source_resolved(analyse, case: Case) -> None:
    check(analyse, case)
