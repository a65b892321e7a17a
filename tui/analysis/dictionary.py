"""English words from the pipeline's own dictionary: the rule lemmatizer of spaCy's English pipelines
ships WordNet's lists of nouns, verbs, adjectives and adverbs (its `lemma_index` table).

Whether a capitalised word is also a word of the language ("Normalcy", "Cheer", "Plans") or none
("fusca" of "Formica fusca") is evidence about a name, and nothing has to be downloaded or shipped
for it: the lists come with the pipeline. They are read once, when the pipeline is loaded, into a set
kept for its vocabulary, so that rules that see only a `Doc` (and its `doc.vocab`) can ask. A set,
not a spaCy lookups table: a table hashes each of the 83,000 words into the string store, which took a
quarter of a second in every analysis process. A pipeline without that lemmatizer has no set, and
every rule that asks keeps its old behaviour (no word is known).

WordNet lists some proper nouns too ("paris", "einstein"), so a word found here is "a word the
dictionary knows", never "no name".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.vocab import Vocab

_PARTS = ("noun", "verb", "adj", "adv")
#: id(vocab) -> (the vocab, its words): the vocab is kept so that its id is never reused. A spaCy
#: `Vocab` takes no weak reference; a pipeline lives as long as its process anyway.
_WORDS: dict[int, tuple[Vocab, frozenset[str]]] = {}


def install(nlp: Language) -> None:
    """Read the lemmatizer's word lists into the set kept for the pipeline's vocabulary (15 ms)."""
    if id(nlp.vocab) in _WORDS or "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    words = frozenset(w for part in _PARTS for w in (index.get(part) or ()) if "_" not in w)
    _WORDS[id(nlp.vocab)] = (nlp.vocab, words)


def _words(vocab: Vocab) -> frozenset[str] | None:
    kept = _WORDS.get(id(vocab))
    return kept[1] if kept is not None and kept[0] is vocab else None


def is_word(vocab: Vocab, word: str) -> bool:
    """Whether the dictionary knows `word` (lower-cased) as a noun, verb, adjective or adverb, or a
    plural noun of one ("plans"); False when the pipeline has no dictionary."""
    words = _words(vocab)
    if words is None:
        return False
    w = word.lower()
    return w in words or is_plural_word(vocab, w)


def is_plural_word(vocab: Vocab, word: str) -> bool:
    """Whether `word` is the plural of a noun the dictionary knows and no word of its own there:
    "plans", "loopholes"; not "Galois" or "Cyrus", which WordNet lists as they are."""
    words = _words(vocab)
    if words is None:
        return False
    w = word.lower()
    if w in words or not w.endswith("s") or w.endswith("ss"):
        return False
    return (
        (w.endswith("ies") and w[:-3] + "y" in words)
        or (w.endswith("es") and w[:-2] in words)
        or w[:-1] in words
    )


def has_dictionary(vocab: Vocab) -> bool:
    """Whether the pipeline's dictionary was installed (see `install`)."""
    return _words(vocab) is not None
