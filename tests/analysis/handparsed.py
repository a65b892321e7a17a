"""Docs with a parse written by hand, for rules whose parser errors spaCy does not repeat on every
sentence: each row is (word, tag, dep, head index) or (word, tag, pos, dep, head index)."""

from __future__ import annotations


def parsed(nlp, rows):
    from spacy.tokens import Doc

    if len(rows[0]) == 4:  # no coarse part of speech given: left unset
        words, tags, deps, heads = zip(*rows, strict=True)
        return Doc(nlp.vocab, words=list(words), tags=list(tags), deps=list(deps), heads=list(heads))
    words, tags, pos, deps, heads = zip(*rows, strict=True)
    return Doc(
        nlp.vocab, words=list(words), tags=list(tags), pos=list(pos), deps=list(deps), heads=list(heads)
    )
