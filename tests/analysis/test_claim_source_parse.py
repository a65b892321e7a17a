"""Claims: the source where the parser misplaced the subject of the cue, on sentences of our own."""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check

CASES = [
    # a speech verb between commas names its speaker after it, though the parser took the report's
    # first words for its subject
    Case(
        "The new bridge, said Tom Reilly and other engineers, would be ready by the end of the year.",
        holds="would be ready",
        source="Tom Reilly",
    ),
    Case(
        "Part of the trouble with the harbour, say experts like Anna Berg, a marine engineer, is the silt itself.",
        holds="is the silt itself",
        source="Anna Berg",
    ),
    # a place set off by commas before the subject is no second subject
    Case(
        "Speaking at a school in Dayton, Ohio, Reilly went after the mayor, calling him a coward and a liar.",
        holds="a coward",
        source="Reilly",
    ),
    # a sentence the parser headed by its subject, the main verb hung on the name as a modifier
    Case(
        "Anna Berg, who is vying to be the next mayor, tweeted on Friday to say she had never suggested "
        "the city should sell the harbour.",
        holds="she had never suggested",
        source="Anna Berg",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_claim_source_misparsed(analyse, case: Case) -> None:
    check(analyse, case)


def test_a_stretch_of_time_is_no_source(analyse) -> None:
    """A stretch of time is nobody controlling the verb after it ("spent the entire week working out")."""
    a = analyse("Headline\n\nWe had to spend the entire week working out how to answer the furious email.\n")
    for c in a.claims:
        assert c.source_span is None or a.text[c.source_span[0] : c.source_span[1]] != "the entire week", c
