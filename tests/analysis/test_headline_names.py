"""A headline's title case runs a name into its verb ("Sanders Tells Supporters to Vote"): the
name ends at a capitalised speech verb, and the verb is no name word."""

from __future__ import annotations

import pytest

from tui.analysis.analyze import analyze


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Sanders Tells Supporters to Vote", "Sanders"),
        ("Obama Says He Will Campaign Hard", "Obama"),
        ("Marta Soto Warns Ports Could Close", "Marta Soto"),
    ],
)
def test_a_headline_verb_ends_the_name(nlp, headline, name):
    text = f"{headline}\n\nThe statement came on Tuesday. {name} spoke to reporters in the capital.\n"
    analysis = analyze(nlp, "h.txt", headline, text)
    persons = {a.name for a in analysis.actors if a.label == "PERSON"}
    assert not any(p.startswith(f"{name} ") and p != name for p in persons), persons
    heading = [e for e in analysis.entities if e.start == 0 and e.label == "PERSON"]
    assert all(text[e.start : e.end] == name for e in heading), [text[e.start : e.end] for e in heading]
