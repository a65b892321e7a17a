"""One person's many names: the key and the match, on names written for these tests."""

from __future__ import annotations

from tui.analysis.person_names import names_one, person_key


def test_titles_and_honours_are_no_part_of_the_key():
    assert person_key("emperor joshua norton") == "joshua norton"
    assert person_key("daniel bernoulli frs") == "daniel bernoulli"
    assert person_key("tsar peter") == "peter"
    assert person_key("walter t. brisk jr.") == "walter brisk"
    assert person_key("norton") == "norton"  # a title alone is left as it is


def test_surname_first_name_and_middle_names_name_one():
    assert names_one(["holt"], ["brock", "holt"])
    assert names_one(["brock"], ["brock", "holt"])
    assert names_one(["brock", "holt"], ["brock", "wyatt", "holt"])
    assert names_one(["otto", "lund"], ["jens", "otto", "harry", "lund"])
    assert names_one(["higuchi", "ichiyo"], ["ichiyo", "higuchi"])
    assert names_one(["pat", "simmons"], ["patrick", "simmons"])
    assert names_one(["patrick", "simmons"], ["pat", "simmons"])


def test_other_people_do_not_name_one():
    assert not names_one(["mary", "holt"], ["brock", "holt"])
    assert not names_one(["brock", "lund"], ["brock", "wyatt", "holt"])
    assert not names_one(["jo", "holt"], ["john", "holt"])  # too short to tell
    assert not names_one(["brock", "holt"], ["brock", "holt"])  # the same key is found by key, not here


def test_titled_name_and_full_name_are_one_actor(analyse):
    a = analyse(
        "The emperor of the city\n\nJoshua Abraham Norton was born in London. In 1859 Emperor Norton "
        "proclaimed himself ruler. Norton issued many decrees.\n"
    )
    people = [x for x in a.actors if x.label == "PERSON"]
    assert len(people) == 1, [(x.name, x.mentions) for x in people]


def test_first_named_organisation_is_a_person_and_his_surname_joins(analyse):
    a = analyse(
        "A utility player\n\nBrock Holt played for the Pirates in 2012. Holt was traded to Boston, "
        "where Holt became an All-Star.\n"
    )
    holt = [x for x in a.actors if any(a.text[s:e] == "Holt" for s, e in x.mentions)]
    assert len(holt) == 1 and holt[0].label == "PERSON"
    assert "Brock Holt" in [a.text[s:e] for s, e in holt[0].mentions]


def test_seat_after_a_full_name_is_no_part_of_the_key():
    assert person_key("walter brisk lund of glenmoray") == "walter brisk lund"
    assert person_key("hilda of whitby") == "hilda of whitby"  # one name and its "of"


def test_given_names_alone_name_the_full_name():
    assert names_one(["anselm", "rupert"], ["anselm", "rupert", "delacroix"])
    assert not names_one(["anselm", "rupert"], ["anselm", "rupertson"])


def test_post_addressed_keeps_its_title():
    assert person_key("madam chair") == "madam chair"
    assert person_key("mr. chair") != person_key("madam chair")
