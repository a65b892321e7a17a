"""Quotation spans found from the marks alone (no parse): sentences written for these tests."""

from __future__ import annotations

from tui.analysis.quotemarks import find_quotations


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


def test_curly_and_straight_double_quotes():
    text = '“We will win,” she said. He replied: "Not this year."'
    assert spans(text) == ["“We will win,”", '"Not this year."']


def test_unclosed_mark_stops_at_its_paragraph():
    text = "He said “the plan is dead and buried.\n\nThe council met on Friday. It voted to close the pool."
    found = find_quotations(text)
    assert len(found) == 1
    assert not found[0].closed
    assert "council" not in text[found[0].start : found[0].end]


def test_quotation_runs_over_paragraphs_that_open_with_a_mark():
    text = (
        "“We started with nothing,” she said. “Then the orders came.\n\n"
        "“By spring we had forty people on the floor.”\n\n"
        "The firm now exports to Chile."
    )
    found = find_quotations(text)
    assert [text[q.start : q.end] for q in found][-1] == "“By spring we had forty people on the floor.”"
    assert found[-1].continued
    assert all("exports" not in text[q.start : q.end] for q in found)


def test_nested_double_quotes_stay_one_quotation():
    text = "“He called the plan “a farce” and walked out,” the aide said."
    assert spans(text) == ["“He called the plan “a farce” and walked out,”"]


def test_closing_mark_typed_at_paragraph_start_opens():
    text = "Readers wrote in.\n\n”Prices keep rising and nobody listens.” ― Ana Ortiz"
    assert spans(text) == ["”Prices keep rising and nobody listens.”"]


def test_single_quote_quotation_and_apostrophes():
    text = "The banner read ‘No more cuts’ while the players’ union said it didn’t agree."
    assert spans(text) == ["‘No more cuts’"]


def test_opening_single_mark_typed_for_an_apostrophe():
    text = "the States‘ forces moved north, officials said."
    assert spans(text) == []


def test_doubled_apostrophes_are_not_single_quotations():
    text = "''We are ready,'' the coach said of the team''s form."
    assert spans(text) == []  # '' is neither a single mark nor a double one
    text = "The coach said ''we are ready'' and praised the 'new look' side."
    assert spans(text) == ["'new look'"]  # a single quotation beside them still is one


def test_single_quotes_inside_double_quotes_are_part_of_them():
    text = "“When you call it ‘a miracle,’ you mislead people,” she said."
    assert spans(text) == ["“When you call it ‘a miracle,’ you mislead people,”"]
