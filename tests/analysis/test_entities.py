"""Mending spaCy's entities: short texts written for these tests."""

from __future__ import annotations

from tests.analysis.handparsed import parsed
from tui.analysis.entities_untagged import add_untagged


def ents(a) -> list[tuple[str, str]]:
    return [(a.text[e.start : e.end], e.label) for e in a.entities]


def test_caption_word_is_not_part_of_the_name(analyse):
    a = analyse(
        "Drones in the capital\n\nA student drone race drew big crowds this week in Washington D.C. "
        "Image: United States Coast Guard.\n"
    )
    texts = [t for t, _ in ents(a)]
    assert "Washington D.C." in texts
    assert not any("Image" in t for t in texts)


def test_score_after_a_name_is_trimmed(analyse):
    a = analyse("Cup result\n\nBelgium beat Panama 3 – 0 in Sochi on Monday.\n")
    assert ("Panama", "GPE") in ents(a)


def test_upper_case_acronym_read_as_number_is_an_organisation(analyse):
    a = analyse(
        "Militants retreat\n\n"
        "The Islamic State of Iraq and the Levant, or ISIL, lost its last town on Monday, officials said.\n"
    )
    assert ("ISIL", "ORG") in ents(a)
    # the name before ", or ISIL" is one organisation, not "Islamic State of Iraq" and "Levant"
    assert ("Islamic State of Iraq and the Levant", "ORG") in ents(a)


def test_nationality_in_a_persons_title_is_no_country_mention(analyse):
    a = analyse("Cup result\n\nSwedish captain Andreas Granqvist won the award. Sweden now lead the group.\n")
    assert ("Swedish", "NORP") not in ents(a)
    granqvist = next(x for x in a.actors if x.name == "Andreas Granqvist")
    assert "Swedish captain" in granqvist.roles


def test_nationality_outside_a_title_stays_with_its_country(analyse):
    a = analyse(
        "Fisheries pact\n\nNorway and Chile signed a pact, Norwegian and Chilean trade ministers said.\n"
    )
    norway = next(x for x in a.actors if x.name == "Norway")
    assert "Norwegian" in [a.text[s:e] for s, e in norway.mentions]


def test_portfolio_in_a_title_is_no_organisation(analyse):
    a = analyse(
        "School taxes\n\nUndersecretary for Education Mr. Toccafondi said the schools would pay on Monday.\n"
    )
    assert ("Education", "ORG") not in ents(a)


def test_name_misread_as_product_takes_the_persons_label(analyse):
    a = analyse(
        "Cup result\n\nBelgium beat Panama in Sochi. Dries Mertens scored first. Later Dries Mertens's "
        "cross found Romelu Lukaku, and Mertens celebrated.\n"
    )
    labels = {t: lab for t, lab in ents(a)}
    assert labels.get("Mertens") == "PERSON"
    mertens = [x for x in a.actors if "Mertens" in x.name]
    assert len(mertens) == 1


def test_no_entity_is_only_white_space(analyse):
    a = analyse(
        "Voters speak\n\n“He is a leader of this movement!” ―\u00a0Julie A. Diaz Martinez.\n\n"
        "“He is a dictator.” ―\u00a0Christina N Luis Olidem\n"
    )
    assert a.entities
    assert all(a.text[e.start : e.end].strip() for e in a.entities)
    assert all(a.text[e.start : e.end] == a.text[e.start : e.end].strip() for e in a.entities)


def test_proper_noun_spacy_missed_is_a_name(analyse):
    a = analyse(
        "Clock arrest\n\nSupport came from Facebook creator Mark Zuckerberg. Facebook later offered him an "
        "internship, and the boy thanked Facebook.\n"
    )
    assert [t for t, _ in ents(a)].count("Facebook") == 3
    facebook = [x for x in a.actors if x.name == "Facebook"]
    assert len(facebook) == 1 and facebook[0].label == "ORG"


def test_capitalised_words_for_emphasis_are_no_name(analyse, nlp):
    a = analyse(
        "Rally\n\nThe crowd chanted for Quellbright for an hour. WE WIN, the banners said, and then the "
        "crowd left.\n"
    )
    assert not any("WE" in t for t, _ in ents(a))
    assert "Quellbright" in [t for t, _ in ents(a)]  # a proper noun spaCy missed still is a name
    # spaCy tags these capitals as no proper nouns; where it does, they are still no name
    doc = parsed(
        nlp,
        [
            ("The", "DT", "DET", "det", 1),
            ("fans", "NNS", "NOUN", "nsubj", 4),
            ("of", "IN", "ADP", "prep", 1),
            ("Quellbright", "NNP", "PROPN", "pobj", 2),
            ("waved", "VBD", "VERB", "ROOT", 4),
            ("banners", "NNS", "NOUN", "dobj", 4),
            ("saying", "VBG", "VERB", "acl", 5),
            ("WE", "NNP", "PROPN", "compound", 8),
            ("WIN", "NNP", "PROPN", "dobj", 6),
            ("all", "DT", "DET", "det", 10),
            ("night", "NN", "NOUN", "npadvmod", 4),
            (".", ".", "PUNCT", "punct", 4),
        ],
    )
    assert [s.text for s in add_untagged(doc, [])] == ["Quellbright"]


def test_acronym_then_its_expansion_in_parentheses(analyse):
    a = analyse(
        "Bridges\n\nThe contest took place in Leeds on Friday. It was organised by SPARK (Support "
        "for Pupils and Advancement of Research and Knowledge), a charity.\n"
    )
    first = next(x for x in a.actors if any(a.text[s:e] == "SPARK" for s, e in x.mentions))
    assert "Support for Pupils and Advancement of Research and Knowledge" in [
        a.text[s:e] for s, e in first.mentions
    ]


def test_transcript_speaker_label_is_a_person(analyse):
    a = analyse(
        "Debate night\n\nThe Senate candidate Mark Delaney spoke first.\n\n"
        "DELANEY: Well, look, voters here want jobs. Families across Ohio deserve a clear answer.\n"
    )
    assert ("DELANEY", "PERSON") in ents(a)
    delaney = next(x for x in a.actors if x.name == "Mark Delaney")
    assert "DELANEY" in [a.text[s:e] for s, e in delaney.mentions]


def test_photo_credit_names_no_actor(analyse):
    a = analyse(
        "Flood warning\n\nThe bridge over the Taff was closed on Monday. Image: Rhys Morgan.\n\n"
        "Council leader Huw Thomas said repairs would take a week. Photo by Sian Evans / Reuters.\n\n"
        "Obama tweeted his support. Image: Twitter / Barack Obama.\n"
    )
    names = [x.name for x in a.actors]
    assert "Rhys Morgan" not in names and not any("Sian Evans" in n for n in names)
    assert "Huw Thomas" in names
    obama = next(x for x in a.actors if "Obama" in x.name)
    assert len(obama.mentions) == 1


def test_proper_noun_named_once_is_a_name(analyse):
    a = analyse(
        "Game news\n\nIn the new game, players investigate the murder of Quellbright in a dark city.\n"
    )
    assert "Quellbright" in [t for t, _ in ents(a)]


def test_one_off_abbreviation_and_hyphen_part_are_no_names(analyse):
    a = analyse(
        "Trade talk\n\nThe Anglo-Saxon model was praised at 9 p.m. EDT by Senator Ron Wyden (D-Ore.) and by "
        "the press. In the new game, players investigate the murder of Quellbright in a dark city.\n"
    )
    texts = [t for t, _ in ents(a)]
    assert "Saxon" not in texts
    assert "EDT" not in texts and "Ore." not in texts
    assert "Quellbright" in texts  # a plain word named once is one


def test_proper_noun_opening_a_sentence_as_its_subject_is_a_name(analyse):
    a = analyse(
        "Salt study\n\nThe survey covered every state. Tasmania was left out - where a fortification "
        "scheme is already under way.\n"
    )
    assert "Tasmania" in [t for t, _ in ents(a)]


def test_word_opening_a_line_is_no_one_off_name(analyse):
    a = analyse(
        "Advice\n\nThe coach said:\n\nStop lying\nShow humility\nListen more.\n\nQuellbright was right.\n"
    )
    texts = [t for t, _ in ents(a)]
    assert "Show" not in texts
    assert "Quellbright" in texts  # a line opener that is its sentence's subject is a name


def test_name_mixing_an_acronym_and_a_word_is_no_shouting(analyse):
    a = analyse(
        "Browser share\n\nFirefox keeps gaining users, and PC Magazine's latest count of its readers shows it.\n"
    )
    assert any(t.startswith("PC Magazine") for t, _ in ents(a))


def nested(a) -> list[tuple[str, str, str]]:
    """(inner, label, outer) for every entity inside a longer one."""
    out = []
    for e in a.entities:
        for f in a.entities:
            if f.start <= e.start and e.end <= f.end and (f.start, f.end) != (e.start, e.end):
                out.append((a.text[e.start : e.end], e.label, a.text[f.start : f.end]))
    return out


def test_place_after_of_in_an_organisations_name_is_a_mention(analyse):
    a = analyse("Crop study\n\nResearchers at the University of Dundee said ozone harms wheat.\n")
    assert ("Dundee", "GPE", "University of Dundee") in nested(a)
    dundee = next(x for x in a.actors if x.name == "Dundee")
    assert len(dundee.mentions) == 1


def test_place_before_a_venue_word_is_a_mention(analyse):
    a = analyse("Cup result\n\nBelgium faced Panama at the Kazan Arena on Monday and won.\n")
    assert any(inner == "Kazan" for inner, _, outer in nested(a) if "Arena" in outer)


def test_country_leading_an_organisations_name_is_a_mention(analyse):
    a = analyse("Ozone\n\nThe UK Environment Agency said ozone levels rose in the summer.\n")
    assert any(inner == "UK" for inner, _, _ in nested(a))


def test_common_words_after_of_are_no_place(analyse):
    a = analyse(
        "Court ruling\n\nThe Massachusetts Institute of Technology sued, and the U.S. Court of Appeals "
        "heard the case under the law.\n"
    )
    inners = [inner for inner, _, _ in nested(a)]
    assert "Technology" not in inners
    assert "Appeals" not in inners


def test_place_inside_a_place_is_no_second_mention(analyse):
    a = analyse("Salt study\n\nChildren in South Australia and New South Wales lack iodine.\n")
    assert not any(inner in ("Australia", "Wales") for inner, _, _ in nested(a))


def test_foundation_is_named_after_a_person(analyse):
    a = analyse("Grants\n\nThe study was funded by the Halvorsen Foundation and two universities.\n")
    assert ("Halvorsen", "PERSON", "Halvorsen Foundation") in nested(a)


def test_name_after_a_year_is_not_part_of_the_date(analyse):
    a = analyse(
        "Cricket\n\nYesterday, round two of the 2019 ICC cricket World Cup, India beat Pakistan. ICC "
        "officials were pleased.\n"
    )
    assert sum(1 for t, _ in ents(a) if t == "ICC") == 2


def test_author_after_by_is_a_person(analyse):
    a = analyse(
        "Soil\n\nResults, set out in a report by AS Kerrow in 1994, suggest clover yields are falling.\n"
    )
    assert ("AS Kerrow", "PERSON") in ents(a)


def test_tournament_group_letter_is_a_side(analyse):
    a = analyse("Cup report\n\nGroup F — Sweden 1 – 0 Korea Republic\n\nSweden won the opening match.\n")
    assert ("Group F", "ORG") in ents(a)


def test_long_place_name_before_station_is_a_mention(analyse):
    a = analyse(
        "Lanterns\n\nCrowds are lighter if you walk from Chung Cheng Memorial Hall Station, the staff said.\n"
    )
    assert any(inner == "Chung Cheng Memorial Hall" for inner, _, _ in nested(a))


def test_work_listed_with_organisations_is_an_organisation(analyse):
    a = analyse(
        "Charity race\n\nSponsors of the race included The Leeds Lighthouse Keepers, Rotary Club of Leeds, "
        "and Harrogate Cycling Group.\n"
    )
    assert ("Leeds Lighthouse Keepers", "ORG") in ents(a)


def test_post_holder_run_into_the_organisation_is_split_off(analyse):
    a = analyse(
        "Forum\n\nExecutive director of the Chicago chapter of the Council on Korean - American Relations "
        "Rania Saleh said the girl was welcome.\n"
    )
    assert ("Council on Korean - American Relations", "ORG") in ents(a)
    assert ("Rania Saleh", "PERSON") in ents(a)


def test_first_name_between_organisation_and_surname_joins_the_surname(analyse):
    a = analyse(
        "Housing rules\n\nAfter the vote, CEO of the Tenants Council Enver Johnson told Sky News the rules "
        "were too strict.\n"
    )
    assert ("Tenants Council", "ORG") in ents(a)
    assert ("Enver Johnson", "PERSON") in ents(a)


def test_first_name_after_a_post_joins_no_name(analyse):
    a = analyse(
        "Asylum forms\n\nAfter the leak, CEO of the Migrant Council Enver Tasci told Sky News the forms "
        "were too long.\n"
    )
    assert ("Migrant Council", "ORG") in ents(a)
    assert ("Enver Tasci", "PERSON") in ents(a)


def test_untagged_name_after_and_with_another_name_is_a_name(analyse):
    a = analyse(
        "Esports final\n\nThe finals saw UK team Vortex9 and Immortals, from Spain, face off in the last match.\n"
    )
    assert ("Immortals", "ORG") in ents(a)


def test_pieces_of_a_long_name_stay_out(analyse):
    a = analyse(
        "Bridges\n\nThe SPARK contest (Support for Pupils and Advancement of Research and Knowledge) was "
        "started by Ada Morrell with Quellbright.\n"
    )
    assert not any(t in ("Support", "Pupils", "Knowledge") for t, _ in ents(a))
    assert "Quellbright" in [t for t, _ in ents(a)]  # a name on its own still is one


def test_name_a_text_gives_someone_in_quotation_marks_is_a_person(analyse):
    a = analyse(
        'Site attacked\n\nThe attack was started on Friday by a user labelled "Nightcrawler", on a forum '
        "for gamers.\n"
    )
    assert ("Nightcrawler", "PERSON") in ents(a)
    b = analyse(
        'Costume fair\n\nOf the many fans, we spoke with a cosplayer going by the name "The Moonwalker".\n'
    )
    assert ("Moonwalker", "PERSON") in ents(b)


def test_name_given_to_a_thing_stays_no_actor(analyse):
    a = analyse('Robot contest\n\nThe team\'s robot, named "Better Days of Kabul", scored two points.\n')
    assert "Better Days of Kabul" not in [x.name for x in a.actors]


def test_organisation_named_alone_is_mentioned_inside_a_longer_name(analyse):
    a = analyse(
        "Campus rally\n\nStudents of Ohio Valley University held a rally. Ohio Valley University Chess Club "
        "president Ann Bell said the club would join.\n"
    )
    uni = next(x for x in a.actors if x.name == "Ohio Valley University")
    assert len(uni.mentions) == 2
    assert ("Ohio Valley University Chess Club", "ORG") in ents(a)


def test_short_name_of_an_organisation_is_no_second_mention_inside_it(analyse):
    a = analyse("Inquiry\n\nOfficials of the Justice Department spoke. Justice declined to comment.\n")
    assert [t for t, _ in ents(a)].count("Justice") == 1


def test_acronym_with_a_digit_spells_its_name(analyse):
    a = analyse(
        "Italian politics\n\nThe deputies of Partito 3 Colori (P3C) voted against the law. P3C said it would appeal.\n"
    )
    assert ("Partito 3 Colori", "ORG") in ents(a)
    assert not any(t.count("(") != t.count(")") for t, _ in ents(a))  # no bracket left open


def test_version_number_is_no_initial_of_an_acronym(analyse):
    a = analyse(
        "Browsers\n\nMicrosoft released Internet Explorer 9 (IE9) on Monday, and Fast Open Xylophone (FOX) "
        "complained.\n"
    )
    assert "Internet Explorer 9" not in [t for t, _ in ents(a)]
    assert ("Fast Open Xylophone", "ORG") in ents(a)  # a name its acronym spells is one organisation


def test_names_listed_after_a_plural_noun_are_several(nlp):
    from spacy.tokens import Span

    from tui.analysis.entities import _split_listed

    # "the private schools San Paolo and Assunta", which spaCy may tag as one organisation
    doc = parsed(
        nlp,
        [
            ("the", "DT", "det", 2),
            ("private", "JJ", "amod", 2),
            ("schools", "NNS", "ROOT", 2),
            ("San", "NNP", "compound", 4),
            ("Paolo", "NNP", "appos", 2),
            ("and", "CC", "cc", 4),
            ("Assunta", "NNP", "conj", 4),
        ],
    )
    parts = _split_listed(Span(doc, 3, 7, label="ORG"))
    assert [(p.text, p.label_) for p in parts] == [("San Paolo", "ORG"), ("Assunta", "ORG")]


def test_one_name_with_and_stays_whole(nlp):
    from spacy.tokens import Span

    from tui.analysis.entities import _split_listed

    # "the firm Procter and Gamble": a singular noun before it names one firm
    doc = parsed(
        nlp,
        [
            ("the", "DT", "det", 1),
            ("firm", "NN", "ROOT", 1),
            ("Procter", "NNP", "appos", 1),
            ("and", "CC", "cc", 2),
            ("Gamble", "NNP", "conj", 2),
        ],
    )
    assert [p.text for p in _split_listed(Span(doc, 2, 5, label="ORG"))] == ["Procter and Gamble"]


def test_town_opening_a_clubs_name_is_a_second_mention_but_not_a_persons(nlp):
    """ "the Moscow Falcons" is a club of Moscow (GUM marks the town inside a team's name);
    "Paris Hilton" is a person, no name holding a place."""
    from spacy.tokens import Span

    from tui.analysis.entities import extract_entities

    text = "He signed for the Moscow Falcons last year, and Paris Hilton came to watch."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Moscow")
    paris = next(t.i for t in doc if t.text == "Paris")
    doc.ents = [Span(doc, start, start + 2, label="ORG"), Span(doc, paris, paris + 2, label="PERSON")]
    found = [(text[e.start : e.end], e.label) for e in extract_entities(doc)]
    assert ("Moscow Falcons", "ORG") in found and ("Moscow", "GPE") in found
    assert ("Paris", "GPE") not in found


def test_two_places_in_a_universitys_name_are_both_mentions(nlp):
    from spacy.tokens import Span

    from tui.analysis.entities import extract_entities

    text = "He taught at the University of Vermont at Burlington for ten years."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "University")
    doc.ents = [Span(doc, start, start + 5, label="ORG")]
    found = [(text[e.start : e.end], e.label) for e in extract_entities(doc)]
    assert ("Vermont", "GPE") in found and ("Burlington", "GPE") in found


def test_field_of_study_inside_a_name_is_no_place_even_if_misread_as_one(nlp):
    from spacy.tokens import Span

    from tui.analysis.entities import extract_entities

    text = "She studied Phonology. She joined the Department of Phonology in May."
    doc = nlp(text)
    first = next(t.i for t in doc if t.text == "Phonology")
    dept = next(t.i for t in doc if t.text == "Department")
    doc.ents = [Span(doc, first, first + 1, label="GPE"), Span(doc, dept, dept + 3, label="ORG")]
    found = [(text[e.start : e.end], e.label, e.start) for e in extract_entities(doc)]
    inside = text.index("Department")
    assert not any(t == "Phonology" and label == "GPE" and start > inside for t, label, start in found)


def _nested_found(nlp, text: str, name: str, label: str) -> list[tuple[str, str]]:
    """The entities found when spaCy tags `name` (words of `text`) as one `label` entity."""
    from spacy.tokens import Span

    from tui.analysis.entities import extract_entities

    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    doc.ents = [Span(doc, span.start, span.end, label=label)]
    return [(text[e.start : e.end], e.label) for e in extract_entities(doc)]


def test_a_two_word_town_opens_a_teams_or_papers_name(nlp):
    found = _nested_found(
        nlp, "The St. Louis Cardinals lost to them in five games.", "St. Louis Cardinals", "ORG"
    )
    assert ("St. Louis", "GPE") in found
    found = _nested_found(nlp, "He wrote for the New York Press, a weekly.", "New York Press", "ORG")
    assert ("New York", "GPE") in found


def test_a_name_with_a_capital_inside_opens_a_stations_name(nlp):
    found = _nested_found(nlp, "The map shows McMurdo Station on the coast.", "McMurdo Station", "FAC")
    assert ("McMurdo", "GPE") in found


def test_people_joined_by_a_hyphen_in_an_administrations_name(nlp):
    from spacy.tokens import Span

    from tui.analysis.entities import extract_entities

    text = "Paul Hendry spoke first. Mona Casey agreed. The Hendry-Casey Administration backs the plan."
    doc = nlp(text)
    ents = []
    for name, label in (
        ("Paul Hendry", "PERSON"),
        ("Mona Casey", "PERSON"),
        ("Hendry-Casey Administration", "ORG"),
    ):
        s = text.index(name)
        span = doc.char_span(s, s + len(name))
        ents.append(Span(doc, span.start, span.end, label=label))
    doc.ents = ents
    found = [(text[e.start : e.end], e.label, e.start) for e in extract_entities(doc)]
    inside = text.index("Hendry-Casey")
    assert ("Hendry", "PERSON", inside) in found and ("Casey", "PERSON", inside + 7) in found


def test_a_full_name_read_as_an_organisation_is_the_person_its_first_name_is(nlp):
    from spacy.tokens import Span

    from tui.analysis.entities import extract_entities

    text = "Every paper has a Britney Spears story. Britney sells."
    doc = nlp(text)
    full, alone = text.index("Britney Spears"), text.index("Britney sells")
    a, b = doc.char_span(full, full + 14), doc.char_span(alone, alone + 7)
    doc.ents = [Span(doc, a.start, a.end, label="ORG"), Span(doc, b.start, b.end, label="PERSON")]
    found = [(text[e.start : e.end], e.label) for e in extract_entities(doc)]
    assert ("Britney Spears", "PERSON") in found


def test_two_rules_finding_one_nested_name_give_one_entity(nlp, monkeypatch):
    """ "Gannett" of "Gannett-Gatehouse": a person's name joined by a hyphen (one rule) and an
    organisation the text names alone (another) are one entity, else one mention sits in two actors
    and resolution fails on the tie."""
    from spacy.tokens import Span

    import tui.analysis.entities as entities

    real = entities.named_groups

    def twice(doc, spans):
        out = real(doc, spans)
        return out + [Span(doc, s.start, s.end, label="PERSON") for s in out if s.label_ == "ORG"]

    monkeypatch.setattr(entities, "named_groups", twice)
    text = "The merger of Gannett-Gatehouse closed."
    doc = nlp(text)
    span = doc.char_span(text.index("Gannett"), text.index(" closed"))
    doc.ents = [Span(doc, span.start, span.end, label="ORG")]
    found = [(e.start, e.end) for e in entities.extract_entities(doc)]
    assert len(found) == len(set(found)) == 1


def test_name_opening_a_headline_before_its_verb_is_a_name(nlp):
    from tui.analysis.entities import extract_entities

    text = (
        "Wikivoice interviews three climate scientists\n\nData shows the ice is thinning fast, they said.\n"
    )
    found = [text[e.start : e.end] for e in extract_entities(nlp(text))]
    assert "Wikivoice" in found
    assert "Data" not in found  # a word of the language opening a line
