"""The token table that whole-document passes read instead of making a Token per word."""

from __future__ import annotations

from tui.analysis.syntax import TABLE_ATTRS, token_table


def test_the_table_holds_what_the_tokens_say(nlp):
    doc = nlp("“We will not pay,” said NATO's Jens Stoltenberg (NATO) on Tuesday in Brussels.")
    table = token_table(doc)
    assert set(table) == set(TABLE_ATTRS)
    strings = doc.vocab.strings
    for t in doc:
        assert strings[table["POS"][t.i]] == t.pos_
        assert strings[table["TAG"][t.i]] == t.tag_
        assert strings[table["DEP"][t.i]] == t.dep_
        assert strings[table["LOWER"][t.i]] == t.lower_
        assert strings[table["ORTH"][t.i]] == t.text
        assert (table["IDX"][t.i], table["LENGTH"][t.i]) == (t.idx, len(t.text))
        assert (table["IS_TITLE"][t.i], table["IS_UPPER"][t.i], table["IS_LOWER"][t.i]) == (
            t.is_title,
            t.is_upper,
            t.is_lower,
        )
    assert token_table(doc) is table  # made once per doc


def test_an_empty_doc_has_empty_columns(nlp):
    table = token_table(nlp(""))
    assert all(column == [] for column in table.values())
