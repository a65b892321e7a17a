"""Word lists for telling who speaks a quotation (kept apart from the shared lexicon on purpose).

The shared lexicon's speech verbs introduce reported speech ("said that …"); a direct quotation is
also introduced by verbs that never take a "that" clause ("she continued", "the letter reads",
"protesters chanted"), so the quote rules add these.
"""

from __future__ import annotations

from tui.analysis.lexicon import SPEECH_VERBS

#: Verbs that introduce a direct quotation but rarely reported speech.
QUOTE_ONLY_VERBS = frozenset(
    """
    continue read sing chant demand exclaim joke plead scream cry wonder laugh sigh snap
    thunder bark gush exult fume mutter murmur interject interrupt summarize summarise text
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
