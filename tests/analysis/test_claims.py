"""Claims: reported speech, hedged statements and figures, on sentences written for these tests."""

from __future__ import annotations

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
