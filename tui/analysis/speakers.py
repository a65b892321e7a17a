"""Word lists and discourse marks for telling who speaks a quotation (apart from the shared lexicon).

The shared lexicon's speech verbs introduce reported speech ("said that …"); a direct quotation is
also introduced by verbs that never take a "that" clause ("she continued", "the letter reads",
"protesters chanted"), so the quote rules add these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from tui.analysis.lexicon import SPEECH_VERBS
from tui.analysis.model import Span
from tui.analysis.name_list import detector
from tui.analysis.syntax import token_table

#: Verbs that introduce a direct quotation but rarely reported speech.
QUOTE_ONLY_VERBS = frozenset(
    """
    continue read sing chant demand exclaim joke plead scream cry wonder laugh sigh snap
    thunder bark gush exult fume mutter murmur interject interrupt summarize summarise text
    assure reassure tease press surmise muse marvel scoff boast
    """.split()
)

#: Every verb that may carry a direct quotation.
QUOTE_VERBS = SPEECH_VERBS | QUOTE_ONLY_VERBS

#: Relative pronouns: a speaker "who said" is the noun the relative clause hangs from.
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})

#: Words that name a speaker by what they are rather than who they are ("a spokesman", "officials").
DESCRIPTION_HEADS = frozenset(
    """
    spokesman spokeswoman spokesperson official officials minister secretary president chairman
    chairwoman chair director governor senator representative congressman congresswoman mayor
    chief leader aide aides adviser advisor advisers advisors source sources analyst analysts
    expert experts lawyer lawyers attorney prosecutor prosecutors judge officer officers
    commander general ambassador diplomat diplomats candidate nominee campaign statement letter
    report article ad piece post tweet email memo release document
    """.split()
)

#: Courtesy titles and the gender they signal ("Mr. Obama" … "he").
GENDER_TITLES = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
}

#: Pronouns that stand for one person, with their gender.
PERSON_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

#: Role and kin nouns that tell a person's gender ("the congresswoman", "his widow").
FEMALE_ROLE_WORDS = frozenset(
    """
    spokeswoman chairwoman congresswoman businesswoman councilwoman anchorwoman policewoman
    actress waitress mother wife widow daughter sister grandmother aunt niece queen princess
    duchess countess girl woman lady mom
    """.split()
)
MALE_ROLE_WORDS = frozenset(
    """
    spokesman congressman businessman councilman anchorman policeman father husband widower son
    brother grandfather uncle nephew king prince duke boy man dad
    """.split()
)

#: Abbreviated titles, spelled out so that "the senator" finds "Sen. Jane Roe".
TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "supt": "superintendent",
    "atty": "attorney",
    "sec": "secretary",
    "pres": "president",
    "prof": "professor",
    "dr": "doctor",
    "amb": "ambassador",
    "congressman": "representative",
    "congresswoman": "representative",
    "lawmaker": "representative",
}


@lru_cache(maxsize=65536)
def first_name_gender(name: str) -> tuple[str, int]:
    """The gender a person's first name suggests ("m"/"f", or "" for none) and how surely (2 for
    names that are nearly always one gender, 1 for "mostly"), from gender-guesser's offline list.

    Weaker than a courtesy title or the text's own pronouns: "Taylor" is mostly a man's name."""
    first = name.split()[0] if name.split() else ""
    if len(first) < 2 or not first.isalpha() or not first[0].isupper() or first.lower() in GENDER_TITLES:
        return "", 0
    answer = detector().get_gender(first)
    return {"male": ("m", 2), "mostly_male": ("m", 1), "female": ("f", 2), "mostly_female": ("f", 1)}.get(
        answer, ("", 0)
    )


@dataclass(frozen=True, slots=True)
class Discourse:
    """Where sentences start and where their subjects stand, in article offsets (from the parse)."""

    sentence_starts: list[int] = field(default_factory=list)
    subjects: list[Span] = field(default_factory=list)
    main_subjects: list[Span] = field(default_factory=list)  # subjects of a sentence's main verb


def discourse_marks(doc: Doc, offset: int = 0) -> Discourse:
    """Sentence starts and subject tokens of a parsed chunk, for ranking a pronoun's antecedents."""
    starts = [offset + s.start_char for s in doc.sents]
    table = token_table(doc)
    wanted = {doc.vocab.strings["nsubj"], doc.vocab.strings["nsubjpass"]}
    subjects = []
    main = []
    deps = table["DEP"]
    heads = doc.to_array(["HEAD"]).view("int64").tolist() if len(doc) else []  # relative, as unsigned
    root = doc.vocab.strings["ROOT"]
    for i, (dep, idx, length) in enumerate(zip(deps, table["IDX"], table["LENGTH"], strict=True)):
        if dep in wanted:
            subjects.append((offset + idx, offset + idx + length))
            if deps[i + heads[i]] == root:
                main.append((offset + idx, offset + idx + length))
    return Discourse(starts, subjects, main)
