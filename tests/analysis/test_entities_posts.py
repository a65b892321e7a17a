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
    got = kept(nlp, "He was elected a Fellow of the Royal Society in 1750.", "Fellow", "Royal Society")
    assert got == {"Fellow": False, "Royal Society": True}


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
