"""Roles from titles and appositions: short texts written for these tests."""

from __future__ import annotations


def roles_of(a, name: str) -> list[str]:
    return next(x.roles for x in a.actors if x.name == name)


TALKS = (
    "Talks in Moscow\n\n"
    "Russian Foreign Minister Sergei Lavrov met Hakan Fidan, the intelligence chief, on Saturday. "
    "Turkey's defence minister, Hulusi Akar, also attended, and Obama's envoy Brett McGurk was there.\n"
)


def test_title_before_the_name(analyse):
    assert roles_of(analyse(TALKS), "Sergei Lavrov") == ["Russian Foreign Minister"]


def test_apposition_after_the_name(analyse):
    assert roles_of(analyse(TALKS), "Hakan Fidan") == ["intelligence chief"]


def test_possessive_title(analyse):
    a = analyse(TALKS)
    assert roles_of(a, "Hulusi Akar") == ["Turkey's defence minister"]
    assert roles_of(a, "Brett McGurk") == ["Obama's envoy"]


def test_apposition_before_the_name_with_an_organisation_in_it(analyse):
    a = analyse("Election\n\nThe head of the Liberal Party, Chrystia Freeland, said the vote was overdue.\n")
    freeland = next(x for x in a.actors if x.name == "Chrystia Freeland")
    # spaCy calls the name an organisation; the post makes it a person
    assert freeland.label == "PERSON"
    assert freeland.roles == ["head of the Liberal Party"]


def test_courtesy_title_is_no_role_and_not_part_of_the_name(analyse):
    a = analyse("Mine dispute\n\nMr Namah said the mine would close. Namah did not say when.\n")
    namah = next(x for x in a.actors if x.name == "Namah")
    assert namah.roles == [] and len(namah.mentions) == 2
