"""Small helpers over spaCy's dependency parse shared by the quote, claim and role rules."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from tui.analysis.model import Entity, Span

#: Dependents that a speaker's noun phrase keeps out: clauses and asides about the speaker.
_NP_DROP = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "parataxis"})


def char_span(tokens: Iterable[Token], offset: int = 0) -> Span:
    """The character span from the first to the last of `tokens`."""
    toks = list(tokens)
    return (offset + toks[0].idx, offset + toks[-1].idx + len(toks[-1].text))


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it hangs from ("…, adding that …")."""
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return child
        if verb.dep_ in ("conj", "advcl", "xcomp", "acl") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def noun_phrase(token: Token) -> list[Token]:
    """The token's phrase without relative clauses, appositions and other asides."""
    keep = [token]
    stack = [c for c in token.children if c.dep_ not in _NP_DROP]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _NP_DROP)
    keep.sort(key=lambda t: t.i)
    # a phrase is contiguous: stop at the first gap
    out = [keep[0]]
    for t in keep[1:]:
        if t.i != out[-1].i + 1:
            if t.i > token.i:
                break
            out = [t]
            continue
        out.append(t)
    return out if token in out else [token]


def mention_span(token: Token, entities: list[Entity], offset: int = 0) -> Span:
    """The speaker's span: the entity the token belongs to, the pronoun itself, or its noun phrase."""
    pos = offset + token.idx
    for e in entities:
        if e.start <= pos < e.end:
            return (e.start, e.end)
    if token.pos_ == "PRON":
        return char_span([token], offset)
    return char_span(noun_phrase(token), offset)


def clause_tokens(head: Token, stop: set[int] | None = None) -> list[Token]:
    """The head's subtree, without tokens whose index is in `stop` (and their subtrees)."""
    stop = stop or set()
    out = []
    stack = [head]
    while stack:
        t = stack.pop()
        if t.i in stop and t is not head:
            continue
        out.append(t)
        stack.extend(t.children)
    out.sort(key=lambda t: t.i)
    return out


def trim_tokens(tokens: list[Token]) -> list[Token]:
    """Drop leading marks ('that', 'although', commas) and trailing punctuation from a content span."""
    start, end = 0, len(tokens)
    while start < end and (
        tokens[start].dep_ in ("mark", "cc", "punct", "prep" if tokens[start].lower_ == "as" else "_")
        or tokens[start].is_space
    ):
        start += 1
    while (
        end > start
        and (tokens[end - 1].is_punct or tokens[end - 1].is_space)
        and tokens[end - 1].text not in "”’\"')"
    ):
        end -= 1
    return tokens[start:end]


def contiguous(tokens: list[Token]) -> list[Token]:
    """The longest run of consecutive tokens (a content span must be one piece)."""
    if not tokens:
        return tokens
    runs, run = [], [tokens[0]]
    for t in tokens[1:]:
        if t.i == run[-1].i + 1:
            run.append(t)
        else:
            runs.append(run)
            run = [t]
    runs.append(run)
    return max(runs, key=len)


def doc_token_at(doc: Doc, char: int) -> Token | None:
    """The token covering character `char` of the doc's text."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
