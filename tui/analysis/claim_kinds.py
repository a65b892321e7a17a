"""What kind of claim a cue makes, and the words around a cue that change what it says.

Kinds (`Claim.kind`):
- reported: a speech act ("said that …", "denied …", "according to …");
- belief: what someone thinks, expects or estimates ("believes that …", "was confident that …");
- intention: what someone wants, plans, promises or asks others to do ("vowed to repeal …",
  "urged lawmakers to act", "called for a ban", "his plan to …"): not a statement about the world,
  so a reader can list these apart from the rest;
- hedged: a statement with no source ("is thought to", "reportedly");
- figure: a sentence with a number that nothing else covers (made in `claims`).
"""

from __future__ import annotations

from spacy.tokens import Token

from tui.analysis.lexicon import BELIEF_NOUNS, BELIEF_VERBS, INTENTION_NOUNS, INTENTION_PREP_CUES

KINDS = ("reported", "belief", "intention", "hedged", "figure")


def verb_kind(lemma: str, shape: str) -> str:
    """The kind of a verb cue's claim; `shape` is how its content hangs from it: "clause",
    "intent" (an infinitive of what the subject means to do), "directive" (an object told to do
    something), "object" (an object of stance) or a preposition ("for", "about", …)."""
    if shape in ("intent", "directive"):
        return "intention"
    if shape in ("for", "against") and lemma in INTENTION_PREP_CUES:
        return "intention"  # "called for a ban", "campaigned against the tax"
    if lemma in BELIEF_VERBS:
        return "belief"
    return "reported"


def noun_kind(lemma: str) -> str:
    """The kind of a cue noun's claim: "his plan to …" is an intention, "her belief that …" a belief."""
    if lemma in INTENTION_NOUNS:
        return "intention"
    if lemma in BELIEF_NOUNS:
        return "belief"
    return "reported"


#: Adverbs that turn a cue into its opposite or say it no longer holds ("no longer", "never").
_NEGATING_ADVERBS = frozenset({"never", "longer", "hardly", "barely", "scarcely"})


def qualifiers(cue: Token) -> list[Token]:
    """The negation and modal auxiliaries of a cue verb ("does not believe", "no longer consider",
    "could support", "never said"): without them the claim says the opposite, or more, than the text.
    """
    out: list[Token] = []
    for child in cue.children:
        if child.i > cue.i:
            continue
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.tag_ == "MD"):
            out.append(child)
        elif child.dep_ == "advmod" and child.lower_ in _NEGATING_ADVERBS:
            out.append(child)
            out.extend(g for g in child.children if g.dep_ == "neg" or g.lower_ == "no")
    return sorted(out, key=lambda t: t.i)


def negated(cue: Token) -> bool:
    """Whether the cue is denied ("did not say", "no longer consider"), not only qualified by a modal."""
    return any(t.tag_ != "MD" for t in qualifiers(cue))
