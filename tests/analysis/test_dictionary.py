"""The pipeline's own word lists (`tui.analysis.dictionary`), installed when the pipeline loads."""

import spacy

from tui.analysis.dictionary import has_dictionary, install, is_plural_word, is_word


def test_the_loaded_pipeline_knows_words(nlp) -> None:
    vocab = nlp.vocab
    assert has_dictionary(vocab)
    assert is_word(vocab, "Normalcy") and is_word(vocab, "cheer") and is_word(vocab, "Plans")
    assert not is_word(vocab, "fusca")
    assert is_plural_word(vocab, "loopholes") and is_plural_word(vocab, "policies")
    assert not is_plural_word(vocab, "plan") and not is_plural_word(vocab, "glass")


def test_a_pipeline_without_a_lemmatizer_knows_no_word() -> None:
    blank = spacy.blank("en")
    install(blank)
    assert not has_dictionary(blank.vocab)
    assert not is_word(blank.vocab, "plan")
