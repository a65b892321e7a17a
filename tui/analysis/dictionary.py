"""English words from the pipeline's own dictionary: the rule lemmatizer of spaCy's English pipelines
ships WordNet's lists of nouns, verbs, adjectives and adverbs (its `lemma_index` table).

Whether a capitalised word is also a word of the language ("Normalcy", "Cheer", "Plans") or none
("fusca" of "Formica fusca") is evidence about a name, and nothing has to be downloaded or shipped
for it: the lists come with the pipeline. They are copied once, when the pipeline is loaded, into a
table on its vocabulary, so that rules that see only a `Doc` can ask. A pipeline without that
lemmatizer has no table, and every rule that asks keeps its old behaviour (no word is known).

WordNet lists some proper nouns too ("paris", "einstein"), so a word found here is "a word the
dictionary knows", never "no name".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.lookups import Table
from spacy.vocab import Vocab

TABLE = "newsreader_dictionary"
_PARTS = ("noun", "verb", "adj", "adv")


def install(nlp: Language) -> None:
    """Copy the lemmatizer's word lists into a table on the pipeline's vocabulary (about 30 ms)."""
    if TABLE in nlp.vocab.lookups.tables or "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    words = {w for part in _PARTS for w in (index.get(part) or ()) if "_" not in w}
    nlp.vocab.lookups.set_table(TABLE, Table.from_dict(dict.fromkeys(words, 1), name=TABLE))


def is_word(vocab: Vocab, word: str) -> bool:
    """Whether the dictionary knows `word` (lower-cased) as a noun, verb, adjective or adverb, or a
    plural noun of one ("plans"); False when the pipeline has no dictionary."""
    if not vocab.lookups.has_table(TABLE):
        return False
    w = word.lower()
    return w in vocab.lookups.get_table(TABLE) or is_plural_word(vocab, w)


def is_plural_word(vocab: Vocab, word: str) -> bool:
    """Whether `word` is the plural of a noun the dictionary knows and no word of its own there:
    "plans", "loopholes"; not "Galois" or "Cyrus", which WordNet lists as they are."""
    if not vocab.lookups.has_table(TABLE):
        return False
    table = vocab.lookups.get_table(TABLE)
    w = word.lower()
    if w in table or not w.endswith("s") or w.endswith("ss"):
        return False
    return (w.endswith("ies") and w[:-3] + "y" in table) or (w.endswith("es") and w[:-2] in table) or w[:-1] in table


def has_dictionary(vocab: Vocab) -> bool:
    """Whether the pipeline's dictionary was installed (see `install`)."""
    return vocab.lookups.has_table(TABLE)
