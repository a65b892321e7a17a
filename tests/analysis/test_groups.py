"""Described actors: people named by role or group and anchored to a name ("U.S. officials")."""

from __future__ import annotations

from tests.analysis.handparsed import parsed
from tui.analysis.model import GROUP_LABEL


def groups(a) -> dict[str, list[str]]:
    """Each described actor's name and the texts of its mentions."""
    return {x.name: [a.text[s:e] for s, e in x.mentions] for x in a.actors if x.label == GROUP_LABEL}


def test_name_before_a_plural_people_noun(analyse):
    a = analyse("Port closed\n\nCanadian officials closed the port on Monday. Norway officials agreed.\n")
    assert groups(a)["Norway officials"] == ["Norway officials"]


def test_people_with_a_name_in_a_prepositional_phrase(analyse):
    a = analyse(
        "Fund dispute\n\nMembers of the Green Party voted against the plan. The mayor said residents "
        "of Glasgow would pay for it.\n"
    )
    found = groups(a)
    assert found["Members of the Green Party"] == ["Members of the Green Party"]
    assert found["residents of Glasgow"] == ["residents of Glasgow"]


def test_whole_phrase_is_the_mention_and_the_name_inside_stays_its_own(analyse):
    a = analyse(
        "Ban criticised\n\nCritics of President Joe Biden's border policies said the rule was cruel.\n"
    )
    found = groups(a)
    assert "Critics of President Joe Biden's border policies" in found
    biden = next(x for x in a.actors if x.name == "Joe Biden")
    assert [a.text[s:e] for s, e in biden.mentions] == ["Joe Biden"]


def test_list_of_names_stays_in_the_phrase(analyse):
    a = analyse("Visa rules\n\nStudents from Chile, Peru and Bolivia were refused visas last week.\n")
    assert "Students from Chile, Peru and Bolivia" in groups(a)


def test_indefinite_singular_description_is_someone_new(analyse):
    a = analyse("Lawsuit filed\n\nA lawyer for Acme Corporation declined to comment on the lawsuit.\n")
    assert "lawyer for Acme Corporation" in groups(a)


def test_definite_singular_post_is_no_actor_of_its_own(analyse):
    a = analyse("Visit\n\nThe President of Ghana met the spokesman for the Ghana Football Association.\n")
    assert groups(a) == {}


def test_title_of_a_named_person_is_no_group(analyse):
    a = analyse(
        "Appeal\n\nAn attorney for Acme Corporation, Jane Whitfield, filed the appeal. Ruth Mayer, "
        "a member of the Green Party, objected.\n"
    )
    assert groups(a) == {}


def test_description_inside_a_quotation_is_left_alone(analyse):
    a = analyse(
        'Talks\n\n"We will keep working with our colleagues from Iran," the minister said on Sunday.\n'
    )
    assert groups(a) == {}


def test_repeated_description_is_one_actor(analyse):
    a = analyse(
        "Strike\n\nFrench officials said the strike would end. Later, French officials said it would go on.\n"
    )
    assert groups(a)["French officials"] == ["French officials", "French officials"]


def test_name_leaves_out_quantities(analyse):
    a = analyse("Poll\n\nSeveral former BBC journalists said the report was unfair.\n")
    assert "former BBC journalists" in groups(a)


def test_group_is_the_source_of_what_it_says(analyse):
    a = analyse("Port closed\n\nNorway officials said the port would stay shut until March.\n")
    claim = next(c for c in a.claims if "port" in c.text)
    assert claim.source_name == "Norway officials"


def test_they_can_be_a_described_group(analyse):
    a = analyse(
        "Port closed\n\nResidents of Bergen met the mayor on Monday. They said the port would stay shut "
        "until March.\n"
    )
    claim = next(c for c in a.claims if "port" in c.text)
    assert claim.source_name == "Residents of Bergen"


def test_collective_noun_is_a_group_even_with_the(analyse):
    a = analyse("Station closed\n\nThe station staff at Victoria Station were sent home early on Monday.\n")
    assert "station staff at Victoria Station" in groups(a)


def test_people_named_by_the_names_they_include(analyse):
    a = analyse(
        "Festival\n\nOrganisers said celebrity guests like Tom Hanks and Meryl Streep would attend.\n"
    )
    assert "celebrity guests like Tom Hanks and Meryl Streep" in groups(a)


def test_possessive_ending_is_no_part_of_the_group(analyse):
    a = analyse("Cup\n\nThe Brazilian team's coach resigned after the match on Sunday.\n")
    assert groups(a)["Brazilian team"] == ["The Brazilian team"]


def places(a) -> dict[str, list[str]]:
    """Each described place's name and the texts of its mentions (names of more than one word with
    a place noun in them)."""
    return {
        x.name: [a.text[s:e] for s, e in x.mentions]
        for x in a.actors
        if x.label == "LOC" and any(w in x.name for w in ("border", "headquarters", "region"))
    }


def test_place_noun_anchored_to_a_name_is_a_described_place(analyse):
    a = analyse(
        "Crossings\n\nTrucks waited at the Mexican border for hours. Later, the Canadian border "
        "closed too, said staff at Amazon headquarters in Seattle.\n"
    )
    found = places(a)
    assert found.get("Amazon headquarters in Seattle") == ["Amazon headquarters in Seattle"]
    assert "Canadian border" in found
    seattle = next(x for x in a.actors if x.name == "Seattle")
    assert [a.text[s:e] for s, e in seattle.mentions] == ["Seattle"]


def test_name_of_a_described_place_leaves_out_pronouns(analyse):
    a = analyse("Campaign\n\nShe opened her Brooklyn headquarters on Monday.\n")
    assert "Brooklyn headquarters" in places(a)


def test_name_runs_up_to_the_head_and_keeps_whole_names(analyse):
    a = analyse(
        "Loans\n\nThe ruling enraged critics, including the Bank of China. He thanked his "
        '"average American" followers in Ohio.\n'
    )
    found = groups(a)
    assert "critics including the Bank of China" in found
    assert any(name.startswith("average American followers") for name in found)


def test_participle_can_tie_people_or_a_place_to_a_name(analyse):
    a = analyse(
        "Relief\n\nNurses met migrants crossing the Aegean on Friday. Food parcels reached towns in "
        "districts held by the Houthis.\n"
    )
    assert "migrants crossing the Aegean" in groups(a)
    assert any(x.name == "districts held by the Houthis" and x.label == "LOC" for x in a.actors)


def test_a_group_name_never_cuts_a_hyphenated_word(analyse):
    a = analyse("Team honoured\n\nThe all-girl Afghan team was honoured in Washington on Monday.\n")
    assert "all-girl Afghan team" in [x.name for x in a.actors if x.label == "GROUP"]


def test_names_given_as_examples_leave_the_many_standing(nlp):
    from tui.analysis.groups import _stands_alone
    from tui.analysis.model import Entity

    # "It quoted critics like lawyer Anna Berg, and campaigner Lisa Moor": the parser hangs the
    # second example on "critics" as an apposition; the critics are still many people
    doc = parsed(
        nlp,
        [
            ("It", "PRP", "PRON", "nsubj", 1),
            ("quoted", "VBD", "VERB", "ROOT", 1),
            ("critics", "NNS", "NOUN", "dobj", 1),
            ("like", "IN", "ADP", "prep", 2),
            ("lawyer", "NN", "NOUN", "compound", 6),
            ("Anna", "NNP", "PROPN", "compound", 6),
            ("Berg", "NNP", "PROPN", "pobj", 3),
            (",", ",", "PUNCT", "punct", 6),
            ("and", "CC", "CCONJ", "cc", 6),
            ("campaigner", "NN", "NOUN", "compound", 11),
            ("Lisa", "NNP", "PROPN", "compound", 11),
            ("Moor", "NNP", "PROPN", "appos", 2),
        ],
    )
    person = Entity(0, 0, "PERSON")
    assert _stands_alone(doc[2], {5: person, 6: person, 10: person, 11: person})


def test_person_in_apposition_is_what_the_description_says_of_them(nlp):
    from tui.analysis.groups import _stands_alone
    from tui.analysis.model import Entity

    # "It quoted an attorney for the union, Maria Santos": one person, named
    doc = parsed(
        nlp,
        [
            ("It", "PRP", "PRON", "nsubj", 1),
            ("quoted", "VBD", "VERB", "ROOT", 1),
            ("an", "DT", "DET", "det", 3),
            ("attorney", "NN", "NOUN", "dobj", 1),
            ("for", "IN", "ADP", "prep", 3),
            ("the", "DT", "DET", "det", 6),
            ("union", "NN", "NOUN", "pobj", 4),
            (",", ",", "PUNCT", "punct", 3),
            ("Maria", "NNP", "PROPN", "compound", 9),
            ("Santos", "NNP", "PROPN", "appos", 3),
        ],
    )
    person = Entity(0, 0, "PERSON")
    assert not _stands_alone(doc[3], {8: person, 9: person})


def test_an_unnamed_source_is_anonymous(analyse):
    text = (
        "Talks stall\n\n"
        "Sources in the Kremlin said the talks had stalled. Officials at the Harbour Authority said the talks went well.\n"
    )
    a = analyse(text)
    groups = {x.name: x.anonymous for x in a.actors if x.label == "GROUP"}
    assert any(anonymous for name, anonymous in groups.items() if "Kremlin" in name), groups
    assert not any(anonymous for name, anonymous in groups.items() if "Harbour Authority" in name), groups


def test_anonymous_survives_the_json_round_trip(analyse):
    from tui.analysis.model import Analysis

    a = analyse("Talks stall\n\nSources in the Kremlin said the talks had stalled.\n")
    again = Analysis.from_dict(a.to_dict())
    assert [x.anonymous for x in again.actors] == [x.anonymous for x in a.actors]
    assert any(x.anonymous for x in again.actors)


def test_plural_noun_for_people_by_what_they_do_or_who_they_are(analyse):
    a = analyse(
        "A life retold\n\n"
        "The Oslo geologists found the site in Norway, and Halvorsen's friends kept his notes. "
        "Readers of the Nordbay Courier wrote in.\n"
    )
    found = groups(a)
    assert "Oslo geologists" in found  # "-ist"
    assert any(n.endswith("friends") for n in found)  # a word for who they are to someone
    assert "Readers of the Nordbay Courier" in found  # "-er" on a verb


def test_plural_thing_ending_like_an_agent_is_no_group(analyse):
    a = analyse("Mail day\n\nLetters to Halvorsen arrived from Bergen, and the Oslo papers printed them.\n")
    assert not any(n.startswith("Letters") for n in groups(a))


def described_places(a) -> dict[str, list[str]]:
    return {
        x.name: [a.text[s:e] for s, e in x.mentions] for x in a.actors if x.label == "LOC" and " " in x.name
    }


def test_buildings_and_land_anchored_to_a_name_are_described_places(analyse):
    a = analyse(
        "A quiet life\n\n"
        "He was buried in the cemetery of Vallmora. A hotel in Greece was sold, "
        "and Norland airports closed for a week.\n"
    )
    found = described_places(a)
    assert found.get("cemetery of Vallmora") == ["the cemetery of Vallmora"]
    assert "hotel in Greece" in found
    assert "Norland airports" in found


def test_place_unit_that_its_name_names_whole_is_no_second_place(analyse):
    a = analyse("Early years\n\nHe was born in the village of Clyst Barton, near Exeter, in 1801.\n")
    assert not any("village" in n for n in described_places(a))


def test_apposition_and_comparison_are_no_part_of_a_described_place(analyse):
    a = analyse(
        "Roots\n\nThey moved to the old cemetery of Vallmora, a field of graves near Nordbay, in May.\n"
    )
    mentions = [m for ms in described_places(a).values() for m in ms]
    assert "the old cemetery of Vallmora" in mentions


def test_bodies_of_people_anchored_to_a_name_are_groups(analyse):
    a = analyse(
        "Schooling\n\n"
        "She attended boarding schools in Norway and Sweden. Money came from charities such as the "
        "Halvorsen Trust.\n"
    )
    found = groups(a)
    assert any(n.startswith("boarding schools in") for n in found)
    assert any(n.startswith("charities") for n in found)


def test_people_listed_as_one_party_are_a_group(analyse):
    a = analyse(
        "Early life\n\n"
        "She had two sisters, Greta Vogel and Lise Vogel. Together Kepler and Brahe set out to "
        "chart the planets. Anna Berg and Olga Lind met Peter Holm in Oslo.\n"
    )
    found = groups(a)
    assert "Greta Vogel and Lise Vogel" in found
    assert "Kepler and Brahe" in found
    # a list with nothing that makes it one party is just several people
    assert not any("Olga Lind" in n for n in found)


def test_compound_agents_and_whole_bodies_in_the_singular_are_groups(analyse):
    a = analyse(
        "Missions abroad\n\n"
        "Some 9,000 Norland peacekeepers guard the border. He headed the Catholic community in "
        "Tolbridge until 1699.\n"
    )
    found = groups(a)
    assert any("peacekeepers" in n for n in found)
    assert any(n.startswith("Catholic community") for n in found)


def test_place_set_off_as_an_apposition_keeps_its_own_words(nlp):
    from tui.analysis.groups import _phrase

    # "a street lined by a cathedral, a movie theater and cafes": the parser hangs the theater on the
    # cathedral as an apposition; cutting appositions from a place must not cut the place itself
    doc = parsed(
        nlp,
        [
            ("a", "DT", "DET", "det", 1),
            ("street", "NN", "NOUN", "ROOT", 1),
            ("lined", "VBN", "VERB", "acl", 1),
            ("by", "IN", "ADP", "agent", 2),
            ("a", "DT", "DET", "det", 5),
            ("cathedral", "NN", "NOUN", "pobj", 3),
            (",", ",", "PUNCT", "punct", 5),
            ("a", "DT", "DET", "det", 9),
            ("movie", "NN", "NOUN", "compound", 9),
            ("theater", "NN", "NOUN", "appos", 5),
            ("and", "CC", "CCONJ", "cc", 9),
            ("cafes", "NNS", "NOUN", "conj", 9),
        ],
    )
    assert [t.text for t in _phrase(doc[9], place=True)] == ["a", "movie", "theater", "and", "cafes"]
