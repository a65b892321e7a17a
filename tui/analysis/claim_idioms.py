"""Reports made by a phrase rather than a cue verb or a cue noun's own clause.

- "By most accounts, the law worked", "Grisham, by her own accounting, has given …": the "by …
  account(s)" phrase reports the statement it hangs in, as "according to" does; its owner (or, with
  none, the accounts themselves: "most accounts") is the source;
- "The assumption was that …", "the expectation would be that …": a noun of belief as the subject
  of "be" with a that-clause states a view; its owner's belief ("Her belief is that …"), or a hedge
  that no one holds when it has none.
"""

from __future__ import annotations

from spacy.tokens import Token

from tui.analysis.syntax import possessor, that_marked

#: Nouns of an account given ("by all accounts", "by his own accounting").
_ACCOUNT_NOUNS = frozenset({"account", "accounting"})
#: Words that may come before the account noun: determiners, owners and "own", "most", "all".
_ACCOUNT_MODIFIERS = frozenset({"det", "poss", "amod", "case"})

#: Nouns of a view held whose "… is that" clause is the view ("The assumption was that …").
_VIEW_NOUNS = frozenset(
    """
    assumption expectation presumption consensus understanding belief thinking suspicion
    """.split()
)


def by_account(noun: Token) -> tuple[Token, Token] | None:
    """(the preposition "by", the source) when `noun` is the account of "by most accounts" or "by
    her own accounting": the owner where the phrase names one, else the account noun itself."""
    if noun.lemma_.lower() not in _ACCOUNT_NOUNS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ != "by" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    if any(c.dep_ not in _ACCOUNT_MODIFIERS for c in noun.children):
        return None  # "by accounts of the witnesses", "by account holders": something else
    return prep, possessor(noun) or noun


def view_is_that(noun: Token) -> tuple[Token, Token | None] | None:
    """(the clause, its holder or None) for "The assumption was that [a drug would be given]": a
    noun of view as the subject of "be" whose complement is a that-clause. The holder is the noun's
    owner ("Her belief is that …"); with none the view is nobody's (a hedge)."""
    if noun.lemma_.lower() not in _VIEW_NOUNS or noun.dep_ != "nsubj":
        return None
    copula = noun.head
    if copula.lemma_.lower() != "be":
        return None
    clause = next(
        (c for c in copula.children if c.dep_ == "ccomp" and c.i > copula.i and that_marked(c)),
        None,
    )
    if clause is None:
        return None
    return clause, possessor(noun)


#: Verbs of view whose past form, set off by commas with no subject of its own, is a hedge the
#: parser took for a finite verb ("Long considered one of the great slights, the band …").
_VIEW_VERBS = frozenset("consider think believe see regard deem know rumor rumour say".split())


def set_off_view(t: Token) -> list[Token] | None:
    """The hedged words of a participle of view set off by commas that the parser read as a main
    verb: "Long considered [one of the great slights], the Doobies were …" (what it is held to be),
    "[Hilly areas, thought to represent the crust], represent 14 percent" (the noun and the view)."""
    if t.lemma_.lower() not in _VIEW_VERBS or t.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return None
    sent = t.sent
    doc = t.doc
    close = next((i for i in range(t.i + 2, sent.end) if doc[i].text == ","), None)
    if close is None or close + 1 >= sent.end or close - t.i < 3:
        return None
    before = doc[sent.start : t.i]
    if all(x.pos_ == "ADV" or x.is_space for x in before):
        # a fronted participle: the phrase up to its comma, before the main clause's subject
        if doc[close + 1].pos_ not in ("DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM"):
            return None
        return list(doc[t.i + 1 : close])
    subject = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
    opened = t.i > 0 and doc[t.i - 1].text == ","
    infinitive = doc[t.i + 1].lower_ in ("to", "as")
    goes_on = any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > close for c in t.children)
    if subject is None or not (opened and infinitive and goes_on):
        return None
    # a reduced relative read as the main verb: the noun and its view are the hedge
    return list(doc[subject.left_edge.i : close])
