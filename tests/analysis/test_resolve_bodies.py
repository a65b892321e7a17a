"""A description of a body the tagger never named, resolved to the name written before it
(`resolve_bodies`): sentences of our own."""

from __future__ import annotations

from tests.analysis.claim_cases import Case, check
from tui.analysis.resolve_bodies import body_named_before

_OFFICE = "the County Attorney’s Office for the Eastern District of Vermont"


def _at(text: str, words: str) -> tuple[int, int]:
    i = text.rindex(words)
    return i, i + len(words)


def test_description_names_the_office_before() -> None:
    text = f"A clerk admitted the theft on Friday, {_OFFICE} said. At the hearing she wept, the prosecutor’s office said."
    assert body_named_before(text, _at(text, "the prosecutor’s office")) == _OFFICE[4:]


def test_a_record_of_the_office_speaks_for_it() -> None:
    text = f"A clerk admitted the theft, {_OFFICE} announced Friday. Her sentencing is in June, according to the office release."
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
            f"A former clerk admitted taking money from a school fund, {_OFFICE} said in a statement.\n\n"
            "In her interview, she described the forged invoices and said she had acted alone, the prosecutor’s "
            "office said.",
            holds="she described the forged invoices",
            source=_OFFICE[4:],
        ),
    )


def test_two_people_described_then_named_together(analyse) -> None:
    """ "Two jail guards … stating they …" and the next sentence names "Dana Pruitt and Owen
    Whitlock": the description's claim is theirs (`resolve_pairs`)."""
    check(
        analyse,
        Case(
            "Two county jail guards were charged on Friday with forging logbooks, stating they had "
            "walked the cell block every hour on the night of the escape.\n\nCounty prosecutors said that Dana "
            "Pruitt and Owen Whitlock, posted to the east wing, slept through their shift.",
            holds="they had walked the cell block",
            source="Dana Pruitt and Owen Whitlock",
        ),
    )


def test_a_pair_with_no_names_stays_described(analyse) -> None:
    a = analyse(
        "Headline\n\nTwo jail guards said on Friday that they had walked the cell block.\n\n"
        "The empty cell was found at dawn by a cook.\n"
    )
    claims = [c for c in a.claims if "walked the cell block" in c.text]
    assert claims and claims[0].source_name is None
