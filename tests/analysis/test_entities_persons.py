"""Names spaCy calls a person that the text shows are something else: sentences written for these
tests, each with the name forced to PERSON so that the rule, not spaCy's guess, is what is tested."""

from __future__ import annotations

from tui.analysis.entities import extract_entities


def labels_with(nlp, text: str, *names: str, other: dict[str, str] | None = None) -> dict[str, set[str]]:
    """Parse `text`, tag every occurrence of each of `names` as a PERSON (and of each name in `other`
    with its label there), and return the labels the mended entities give each name (an empty set:
    no entity left)."""
    doc = nlp(text)
    spans = []
    tagged = [(n, "PERSON") for n in names] + list((other or {}).items())
    for name, label in tagged:
        start = 0
        while (at := text.find(name, start)) >= 0:
            span = doc.char_span(at, at + len(name), label=label)
            assert span is not None, name
            if not any(s.start < span.end and span.start < s.end for s in spans):
                spans.append(span)  # the longer name first: "Merrow" inside "Cyclone Merrow" is that one
            start = at + len(name)
    doc.ents = sorted(spans, key=lambda s: s.start)
    found = [(text[e.start : e.end], e.label) for e in extract_entities(doc)]
    return {n: {label for t, label in found if t == n} for n in names}


def test_title_after_a_word_for_a_work_is_no_person(nlp):
    got = labels_with(
        nlp, "She first appeared on the television series Harbor Lights in 2004.", "Harbor Lights"
    )
    assert "PERSON" not in got["Harbor Lights"]


def test_title_with_the_year_of_the_work_is_no_person(nlp):
    got = labels_with(nlp, "His films include Bramble Court (2009) and Low Tide (2011).", "Bramble Court")
    assert "PERSON" not in got["Bramble Court"]


def test_storm_name_is_no_person(nlp):
    text = "Cyclone Merrow reached the coast on Sunday. Merrow brought heavy rain."
    got = labels_with(nlp, text, "Cyclone Merrow", "Merrow")
    assert "PERSON" not in got["Cyclone Merrow"] and "PERSON" not in got["Merrow"]


def test_name_after_a_preposition_of_place_is_a_place(nlp):
    got = labels_with(nlp, "The actor was born in Tolbridge, Wessex, in 1978.", "Tolbridge", "Wessex")
    assert got["Tolbridge"] == {"GPE"} and got["Wessex"] == {"GPE"}


def test_country_is_never_a_person(nlp):
    got = labels_with(nlp, "Austria strongly condemns the attacks.", "Austria")
    assert got["Austria"] == {"GPE"}


def test_capitalised_common_word_is_no_name(nlp):
    text = "Character, I think, matters most. Its character is a walk through words."
    assert labels_with(nlp, text, "Character")["Character"] == set()


def test_ordinal_opens_a_work_not_a_name(nlp):
    got = labels_with(nlp, "Her Fourth Sonata was composed for Vienna.", "Fourth Sonata")
    assert "PERSON" not in got["Fourth Sonata"]


def test_the_before_a_single_name_makes_a_body(nlp):
    got = labels_with(nlp, "The Syndicate, in a notice on Tuesday, rejected the offer.", "Syndicate")
    assert got["Syndicate"] == {"ORG"}


def test_first_name_or_title_keeps_a_person(nlp):
    text = "Brock Holt was born in Texas. Mr Tolland met Holt in Boston."
    got = labels_with(nlp, text, "Brock Holt", "Holt", "Tolland")
    assert got["Brock Holt"] == {"PERSON"} and got["Holt"] == {"PERSON"} and got["Tolland"] == {"PERSON"}


def test_name_given_in_quotation_marks_stays_a_person(nlp):
    got = labels_with(nlp, 'We spoke with a fan going by the name "The Glimmer".', "Glimmer")
    assert got["Glimmer"] == {"PERSON"}


def test_place_read_once_as_a_person_stays_a_place(analyse):
    a = analyse(
        "Vienna statement\n\nAustria condemns the attacks. Austria backs the talks. Austria will host "
        "the meeting. Austria thanks its partners.\n"
    )
    assert not [x for x in a.actors if x.label == "PERSON" and x.name == "Austria"]


def test_acronym_is_no_person(nlp):
    got = labels_with(nlp, "He left the ROTC program because of the war.", "ROTC")
    assert got["ROTC"] == {"ORG"}


def test_name_after_a_possessive_is_a_work_unless_it_opens_with_a_first_name(nlp):
    text = "He wrote his Lumen Trio in 1891. The network's Steve Harlow said it was moving."
    got = labels_with(nlp, text, "Lumen Trio", "Steve Harlow")
    assert "PERSON" not in got["Lumen Trio"] and got["Steve Harlow"] == {"PERSON"}


def test_post_alone_or_a_verb_before_a_name_is_no_person(nlp):
    text = 'Lt Col spoke later. Hosting Brisk at the fair "is our dream," said Marc Tolland.'
    got = labels_with(nlp, text, "Lt Col", "Hosting Brisk")
    assert got["Lt Col"] == set() and "PERSON" not in got["Hosting Brisk"]


def test_name_of_a_venue_or_a_paper_is_no_person(nlp):
    text = "The band plays the Kessick Sun Arena, then Tolland Falls. The Kessick Herald reviewed it."
    got = labels_with(nlp, text, "Kessick Sun Arena", "Tolland Falls", "Kessick Herald")
    assert got == {"Kessick Sun Arena": {"FAC"}, "Tolland Falls": {"FAC"}, "Kessick Herald": {"ORG"}}


def test_post_and_verb_before_a_name_are_trimmed(nlp):
    text = "Lawmakers grilled Lt Col Alexander Brisk on Tuesday. Dempsey rang Taylor."
    got = labels_with(nlp, text, "Lt Col Alexander Brisk", "rang Taylor", "Alexander Brisk", "Taylor")
    assert got["Lt Col Alexander Brisk"] == set() and got["rang Taylor"] == set()
    assert got["Alexander Brisk"] == {"PERSON"} and got["Taylor"] == {"PERSON"}


def test_colon_ends_a_name(nlp):
    text = "Charges against Walter D. Brisk: Dealing in stolen goods."
    got = labels_with(nlp, text, "Walter D. Brisk: Dealing", "Walter D. Brisk")
    assert got == {"Walter D. Brisk: Dealing": set(), "Walter D. Brisk": {"PERSON"}}


def test_lower_case_word_or_emoji_is_no_actor(nlp):
    doc = nlp("They didn’t say much about the meth trade 🎄 last week.")
    spans = [
        doc.char_span(doc.text.index(w), doc.text.index(w) + len(w), label=label)
        for w, label in (("n’t", "GPE"), ("meth", "ORG"), ("🎄", "ORG"))
    ]
    assert all(spans)
    doc.ents = spans
    assert extract_entities(doc) == []


def test_voice_command_and_site_name_are_no_person(nlp):
    text = "Phones listen all day | Harbour Bawaba\n\nSay Hey Kessa and the phone wakes up."
    got = labels_with(nlp, text, "Harbour Bawaba", "Hey Kessa")
    assert got == {"Harbour Bawaba": set(), "Hey Kessa": set()}


def test_genus_before_its_species_is_no_person(nlp):
    text = "The team fed Velloria tristana a mix of sugar. Velloria tristana ants then recovered."
    assert "PERSON" not in labels_with(nlp, text, "Velloria")["Velloria"]


def test_person_before_a_word_of_the_language_stays_a_person(nlp):
    text = "The minister met Kowalczyk area leaders on Monday."
    assert labels_with(nlp, text, "Kowalczyk")["Kowalczyk"] == {"PERSON"}


def test_word_of_the_language_opening_every_sentence_it_is_in_is_no_name(nlp):
    text = "The strike ended in May.\nCalm returned to the port, though never as before."
    assert labels_with(nlp, text, "Calm")["Calm"] == set()


def test_surname_opening_a_sentence_stays_with_its_full_name(nlp):
    text = "Bertrand Page founded the firm. Page said it would grow."
    assert labels_with(nlp, text, "Bertrand Page", "Page")["Page"] == {"PERSON"}


def test_name_ending_in_a_plural_word_is_no_person(nlp):
    text = "The ministry will publish its Coastal Growth Plans next year."
    assert labels_with(nlp, text, "Coastal Growth Plans")["Coastal Growth Plans"] == set()


def test_name_ending_in_a_country_is_no_person(nlp):
    text = "Tourism grew in Kenya. The Green Kenya plan pays for trails across the country."
    assert "PERSON" not in labels_with(nlp, text, "Green Kenya")["Green Kenya"]


def test_organisation_before_a_word_names_its_product(nlp):
    text = "VanTrix makes software. Users of VanTrix Beacon find it slow."
    got = labels_with(nlp, text, "VanTrix Beacon", other={"VanTrix": "ORG"})
    assert "PERSON" not in got["VanTrix Beacon"]


def mended_org_and_person(nlp, text: str, org: tuple[int, int], word: str) -> list[str]:
    """The labels `mend_persons` gives an ORG over tokens `org` and a one-word PERSON, the last
    `word` of the text."""
    from spacy.tokens import Span

    from tui.analysis.entities_persons import mend_persons

    doc = nlp(text)
    at = [t.i for t in doc if t.text == word][-1]
    spans = [Span(doc, *org, label="ORG"), Span(doc, at, at + 1, label="PERSON")]
    return [s.label_ for s in mend_persons(spans)]


def test_last_word_of_an_organisations_name_alone_is_its_short_name(nlp):
    text = "The Halvard Labs Lumen browser grew fast. Most users now prefer Lumen in Europe."
    assert mended_org_and_person(nlp, text, (1, 4), "Lumen") == ["ORG", "ORG"]


def test_name_ending_in_a_place_the_text_names_is_no_person(nlp):
    text = (
        "Tourism grew in Moravia. The Green Moravia plan pays for trails across Moravia and Moravia's towns."
    )
    got = labels_with(nlp, text, "Green Moravia", other={"Moravia": "GPE"})
    assert "PERSON" not in got["Green Moravia"]


def test_name_after_the_as_head_of_its_phrase_is_no_person(nlp):
    text = "Fans walked down to the Owl Grotto before the show."
    assert "PERSON" not in labels_with(nlp, text, "Owl Grotto")["Owl Grotto"]


def test_interjection_is_no_name(nlp):
    text = "It was the least fun possible. Nah, I'm kidding."
    assert labels_with(nlp, text, "Nah")["Nah"] == set()


def test_speaker_stays_a_person_whatever_else_names_end_in(nlp):
    text = "Darrel Quenby works in Ohio. “We will see,” Quenby said."
    assert mended_org_and_person(nlp, text, (0, 2), "Quenby") == ["ORG", "PERSON"]


def test_place_and_a_post_is_no_persons_name(nlp):
    text = "Which former Vermont Governor do you most admire?"
    assert "PERSON" not in labels_with(nlp, text, "Vermont Governor")["Vermont Governor"]


def test_initials_alone_are_no_persons_name(nlp):
    text = "The House voted in support of H. R. 4410, the clean water bill."
    assert "PERSON" not in labels_with(nlp, text, "H. R.")["H. R."]


def test_name_read_as_an_organisation_is_the_person_its_surname_is(nlp):
    # "Montell Figgins" read as an organisation, "Figgins" alone as a person: no dictionary knows
    # "Montell", so it opens that person's name
    text = "Montell Figgins, who represents the guard, said his client would not plead guilty. Figgins left."
    doc = nlp(text)
    doc.ents = [
        doc.char_span(0, 15, label="ORG"),
        doc.char_span(text.rindex("Figgins"), text.rindex("Figgins") + 7, label="PERSON"),
    ]
    found = {(text[e.start : e.end], e.label) for e in extract_entities(doc)}
    assert found == {("Montell Figgins", "PERSON"), ("Figgins", "PERSON")}


def test_organisation_whose_first_word_is_a_word_stays_one(nlp):
    text = "Morgan said the bank would grow. Golden Morgan, the lender, said it would not."
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 6, label="PERSON"), doc.char_span(33, 46, label="ORG")]
    found = {(text[e.start : e.end], e.label) for e in extract_entities(doc)}
    assert ("Golden Morgan", "ORG") in found


def test_organisation_not_followed_by_who_stays_one(nlp):
    # "Mozilla Firefox" where "Firefox" alone was misread as a person: nothing says it is someone
    text = "Mozilla Firefox released an update on Monday. Firefox is faster now."
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 15, label="ORG"), doc.char_span(46, 53, label="PERSON")]
    found = {(text[e.start : e.end], e.label) for e in extract_entities(doc)}
    assert ("Mozilla Firefox", "ORG") in found
