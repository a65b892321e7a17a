"""The span helpers shared by the quote and claim rules."""

from __future__ import annotations

from tests.analysis.handparsed import parsed
from tui.analysis.syntax import trim_tokens


def test_a_span_keeps_the_bracket_spacy_hung_outside_it(nlp):
    """spaCy may attach a closing bracket to a word outside the clause (here the speech verb), so the
    clause's subtree opens "(" and never closes it: the span takes the ")" that follows."""
    rows = [
        ("Trump", "NNP", "PROPN", "nsubj", 1), ("said", "VBD", "VERB", "ROOT", 1),
        ("that", "IN", "SCONJ", "mark", 8), ("the", "DT", "DET", "det", 4), ("group", "NN", "NOUN", "nsubj", 8),
        ("(", "-LRB-", "PUNCT", "punct", 6), ("ISIS", "NNP", "PROPN", "appos", 4),
        (")", "-RRB-", "PUNCT", "punct", 1), ("lost", "VBD", "VERB", "ccomp", 1), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    doc = parsed(nlp, rows)
    clause = sorted(doc[8].subtree, key=lambda t: t.i)  # that the group ( ISIS … lost: no ")"
    assert ")" not in [t.text for t in clause]
    # the clause as the claim rule takes it: its longest run of consecutive tokens, then trimmed
    run = [t for t in clause if t.i <= 6]
    assert [t.text for t in trim_tokens(run)] == ["the", "group", "(", "ISIS", ")"]


def test_a_span_takes_no_bracket_it_did_not_open(nlp):
    rows = [
        ("Officials", "NNS", "NOUN", "nsubj", 1), ("said", "VBD", "VERB", "ROOT", 1),
        ("prices", "NNS", "NOUN", "nsubj", 3), ("rose", "VBD", "VERB", "ccomp", 1),
        (")", "-RRB-", "PUNCT", "punct", 1), (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    doc = parsed(nlp, rows)
    assert [t.text for t in trim_tokens([doc[2], doc[3]])] == ["prices", "rose"]
