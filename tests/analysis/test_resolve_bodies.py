"""A description of a body the tagger never named, resolved to the name written before it
(`resolve_bodies`): sentences of our own."""

from __future__ import annotations

from tests.analysis.claim_cases import Case, check
from tui.analysis.resolve_bodies import body_named_before

_OFFICE = "the U.S. Attorney’s Office for the Western District of New York"


def _at(text: str, words: str) -> tuple[int, int]:
    i = text.rindex(words)
    return i, i + len(words)


def test_description_names_the_office_before() -> None:
    text = f"A man pleaded guilty on Monday, {_OFFICE} said. During the call he shouted, the prosecutor’s office said."
    assert body_named_before(text, _at(text, "the prosecutor’s office")) == _OFFICE[4:]


def test_a_record_of_the_office_speaks_for_it() -> None:
    text = f"A man pleaded guilty, {_OFFICE} announced Monday. His sentencing is in May, according to the office release."
    assert body_named_before(text, _at(text, "the office release")) == _OFFICE[4:]


def test_no_name_before_or_a_name_of_its_own() -> None:
    text = "The man was arrested. The Justice Department said it would appeal, the office said."
    assert body_named_before(text, _at(text, "the office")) is None
    assert body_named_before(text, _at(text, "The Justice Department")) is None
    text = "Officials met on Monday. The plan was approved, the committee said."
    assert body_named_before(text, _at(text, "the committee")) is None


def test_claim_source_resolved_to_the_office(analyse) -> None:
    check(
        analyse,
        Case(
            f"A man pleaded guilty to threatening a congresswoman, {_OFFICE} said in a statement.\n\n"
            "During the call, he asked about the group and said he would come back, the prosecutor’s office said.",
            holds="he asked about the group",
            source=_OFFICE[4:],
        ),
    )


def test_two_people_described_then_named_together(analyse) -> None:
    """ "Two prison officers … stating they …" and the next sentence names "Tova Noel and Michael
    Thomas": the description's claim is theirs (`resolve_pairs`)."""
    check(
        analyse,
        Case(
            "Two federal prison officers were charged on Tuesday with falsifying records, stating they had "
            "checked on the inmate in the hours before he died.\n\nFederal prosecutors alleged that Tova Noel "
            "and Michael Thomas, assigned to the unit, browsed the Internet.",
            holds="they had checked on the inmate",
            source="Tova Noel and Michael Thomas",
        ),
    )


def test_a_pair_with_no_names_stays_described(analyse) -> None:
    a = analyse(
        "Headline\n\nTwo prison officers said on Tuesday that they had checked on the inmate.\n\n"
        "The inmate was found at dawn by a nurse.\n"
    )
    claims = [c for c in a.claims if "checked on the inmate" in c.text]
    assert claims and claims[0].source_name is None
