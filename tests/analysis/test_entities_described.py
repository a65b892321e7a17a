"""Names whose kind the words around them give, on short texts written for these tests."""

from __future__ import annotations


def labels(a) -> dict[str, str]:
    return {x.name: x.label for x in a.actors}


def test_a_name_after_the_kind_of_organisation_is_an_organisation(analyse):
    a = analyse(
        "Bills to rise\n\nThe regulator Ofwat said on Thursday it had approved the plan. "
        "Ofwat will review it again in 2027.\n"
    )
    assert labels(a).get("Ofwat") == "ORG"


def test_a_name_after_a_charity_is_an_organisation(analyse):
    a = analyse("Aid arrives\n\nThe charity Oxfam said it would send food to the port.\n")
    assert labels(a).get("Oxfam") == "ORG"


def test_the_subject_of_a_clause_on_the_kind_is_no_organisation(analyse):
    a = analyse("Founder leaves\n\nAnna Berg left the company Reilly founded in 2002. Reilly said nothing.\n")
    assert labels(a).get("Reilly") != "ORG"


def test_a_one_word_name_after_a_person_from_is_a_place(analyse):
    a = analyse("Bills to rise\n\n“It is outrageous,” said Jean Hardy, 71, a retired teacher from Bolton.\n")
    found = labels(a)
    assert found.get("Jean Hardy") == "PERSON"
    assert found.get("Bolton") != "PERSON"


def test_a_letter_from_a_person_keeps_the_person(analyse):
    a = analyse("Letters\n\nA letter from Anna Berg reached the council. Berg said she would wait.\n")
    assert labels(a).get("Anna Berg") == "PERSON"


def test_a_plural_common_noun_opening_a_sentence_is_no_name(analyse):
    a = analyse(
        "Bills to rise\n\nHouseholds will pay about a fifth more from April. Campaigners disagreed.\n"
    )
    assert "Households" not in labels(a)


def test_a_team_named_inside_a_sentence_too_stays(analyse):
    a = analyse("Late win\n\nYankees win again. The Yankees beat the Red Sox on Sunday.\n")
    assert "Yankees" in labels(a)


def test_a_person_described_by_an_organisation_stays_a_person(analyse):
    a = analyse("Vote\n\nAnna Berg, a former union official, said she was pleased.\n")
    assert labels(a).get("Anna Berg") == "PERSON"
