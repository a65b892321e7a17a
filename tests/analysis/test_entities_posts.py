"""Words of a post read as an organisation: sentences written for these tests, each with the words
forced to ORG so that the rule, not spaCy's guess, is what is tested."""

from __future__ import annotations

from tui.analysis.entities import extract_entities


def kept(nlp, text: str, *names: str) -> dict[str, bool]:
    """Whether each of `names`, tagged ORG, is still an entity after mending."""
    doc = nlp(text)
    spans = []
    for name in names:
        at = text.index(name)
        span = doc.char_span(at, at + len(name), label="ORG")
        assert span is not None, name
        spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    found = {text[e.start : e.end] for e in extract_entities(doc)}
    return {n: n in found for n in names}


def test_field_after_a_professors_of_is_no_organisation(nlp):
    text = "She became Professor of Maritime Studies and Linguistics at the University of Tolbridge."
    got = kept(nlp, text, "Maritime Studies", "Linguistics", "University of Tolbridge")
    assert got == {"Maritime Studies": False, "Linguistics": False, "University of Tolbridge": True}


def test_post_alone_is_no_organisation(nlp):
    got = kept(nlp, "She was named a Fellow of the Linnean Society in 1888.", "Fellow", "Linnean Society")
    assert got == {"Fellow": False, "Linnean Society": True}


def test_body_then_post_is_the_post(nlp):
    got = kept(nlp, "Our Agency Administrator spoke first.", "Agency Administrator")
    assert got == {"Agency Administrator": False}


def test_company_after_a_post_stays(nlp):
    text = "Jeff Sands, president of Quill & Ink, said sales rose. The Sheriff's office declined to comment."
    got = kept(nlp, text, "Quill & Ink", "Sheriff")
    assert got == {"Quill & Ink": True, "Sheriff": True}


def test_post_addressed_with_a_courtesy_title_is_a_person(nlp):
    text = "Thank you, Madam Speaker. I yield to the gentleman. Mr. President Halloway spoke later."
    found = [(text[e.start : e.end], e.label) for e in extract_entities(nlp(text))]
    assert ("Madam Speaker", "PERSON") in found
    assert not any(t.startswith("Mr. President") for t, _ in found)


def posts_found(nlp, text: str) -> list[str]:
    return [text[e.start : e.end] for e in extract_entities(nlp(text)) if e.label == "PERSON"]


def test_post_written_as_a_name_is_a_person(nlp):
    text = "Farmers protested on Monday. The Chancellor met them, and our Secretary-General thanked the Vice President."
    found = posts_found(nlp, text)
    assert "Chancellor" in found and "Secretary-General" in found and "Vice President" in found


def test_post_said_of_someone_or_before_a_name_is_no_mention_of_its_own(nlp):
    text = (
        "Olga Brandt served as the Director of the museum. He was the Chair of the board. "
        "The Senators voted. The Master plan is ready. President Halloway spoke."
    )
    found = posts_found(nlp, text)
    assert not any(p in found for p in ("Director", "Chair", "Senators", "Master"))


def test_post_in_a_title_or_in_quotation_marks_is_no_person(nlp):
    text = 'The band played its albums Harbour Lights and The Captain and Me. Fans call him "The Poet" still.'
    found = posts_found(nlp, text)
    assert "Captain" not in found and "Poet" not in found
