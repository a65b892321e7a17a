"""End-to-end analysis checks on short articles written for these tests (not the bundled seed)."""

from __future__ import annotations

ARTICLE = """Norway and Chile sign a fisheries pact

Norway and Chile have signed a fisheries pact, Norwegian and Chilean trade ministers said.

“We agreed to share data on fish stocks in the southern Pacific,” Norwegian Trade Minister Ingrid Halvorsen said after talks with her Chilean counterpart Pablo Ortega in Oslo on Monday.

Ortega confirmed the two countries would hold joint inspections, adding they also discussed quotas for small boats.

“This is the start of a long partnership between our fleets,” he said.

Hundreds of trawlers are thought to operate illegally in the region.
"""


def test_quotes_have_speakers(analyse):
    a = analyse(ARTICLE)
    speakers = [q.speaker_name for q in a.quotes]
    assert speakers == ["Ingrid Halvorsen", "Pablo Ortega"]
    for q in a.quotes:
        assert a.text[q.start : q.end] == q.text
        assert q.text.startswith("“") and q.text.endswith("”")


def test_claims_reported_and_hedged(analyse):
    a = analyse(ARTICLE)
    by_text = {c.text: c for c in a.claims}
    assert by_text["the two countries would hold joint inspections"].source_name == "Pablo Ortega"
    assert by_text["they also discussed quotas for small boats"].source_name == "Pablo Ortega"
    hedged = [c for c in a.claims if c.kind == "hedged"]
    assert hedged and hedged[0].text.startswith("Hundreds of trawlers are thought to operate")
    assert hedged[0].source is None


def test_actors_merged_with_roles(analyse):
    a = analyse(ARTICLE)
    ortega = next(x for x in a.actors if x.name == "Pablo Ortega")
    assert len(ortega.mentions) == 2
    halvorsen = next(x for x in a.actors if x.name == "Ingrid Halvorsen")
    assert "Norwegian Trade Minister" in halvorsen.roles
    norway = next(x for x in a.actors if x.name == "Norway")
    assert any(a.text[s:e] == "Norwegian" for s, e in norway.mentions)


def test_summary_form(analyse):
    a = analyse(ARTICLE)
    assert a.summary() == f"{len(a.actors)} actors · {len(a.quotes)} quotes · {len(a.claims)} claims"
