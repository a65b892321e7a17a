"""Check-worthiness: each signal on sentences of our own, the score's range, and the `--json` field."""

from __future__ import annotations

import pytest

from tui.analysis.checkworthiness import Signals, reason_line, signals, source_kind, worth
from tui.analysis.model import Actor


@pytest.fixture(scope="module")
def parse(nlp):
    def run(sentence: str):
        return nlp(sentence)[:]

    return run


def test_a_figure_outranks_a_greeting(parse):
    figure = worth(signals(parse("The state spent 450,000 dollars on the campaign in 2019.")))
    greeting = worth(signals(parse("Good evening, everyone.")))
    assert figure[0] > greeting[0]
    assert "figure" in figure[1]
    assert greeting[1] == []


def test_each_signal_is_seen(parse):
    s = signals(parse("Unemployment is higher than it was when the mayor took office."))
    assert s.comparison and s.past
    assert signals(parse("It was the worst trade deal ever signed.")).superlative
    assert signals(parse("The governor has never raised taxes on every family.")).absolute
    assert signals(parse("Prices rose because the company cut production.")).causal
    assert signals(parse("Maria Lopez said the bridge was unsafe.")).attributed
    assert not signals(parse("I said the bridge was unsafe.")).attributed  # the speaker's own words
    assert signals(parse("Murders are up.")).trend
    assert signals(parse("Unemployment doubled in two years.")).trend
    assert not signals(parse("The mayor opened the library.")).trend
    assert signals(parse("Why did the council close the library?")).question
    assert signals(parse("I think we can do better.")).opinion


def test_a_question_an_opinion_and_a_short_line_rank_below_the_same_fact_stated(parse):
    fact = worth(signals(parse("The council closed 12 libraries in 2015 because of the budget cuts.")))[0]
    for weaker in (
        "Did the council close 12 libraries in 2015 because of the budget cuts?",
        "I think the council closed libraries.",
        "Libraries closed.",
    ):
        assert worth(signals(parse(weaker)))[0] < fact, weaker


def test_who_is_the_source_is_a_reason():
    plain = Signals(words=12, figure=True)
    assert worth(plain, "unnamed")[1] == ["figure", "unnamed source"]
    assert worth(plain, "official")[1] == ["figure", "named official source"]
    assert worth(plain, "unnamed")[0] > worth(plain, None)[0]
    assert worth(plain, hedged=True)[1] == ["figure", "hedge"]
    assert worth(plain, interviewer=True)[0] < worth(plain)[0]


def test_source_kind_from_the_resolved_actor():
    minister = Actor("a1", "Jane Roe", "PERSON", roles=["Foreign Minister"])
    assert source_kind(minister, True) == "official"
    assert source_kind(Actor("a2", "John Doe", "PERSON"), True) == "named"
    assert source_kind(Actor("a3", "people familiar with the matter", "GROUP"), True) == "unnamed"
    assert source_kind(None, True) == "unnamed"  # a phrase the resolver could not name
    assert source_kind(None, False) is None


def test_scores_stay_between_0_and_1(parse):
    for sentence in ("Yes.", "The 3 biggest banks lost 40 percent, the worst fall ever, because rates rose."):
        score, _ = worth(signals(parse(sentence)), "unnamed", hedged=True)
        assert 0.0 <= score <= 1.0
    assert reason_line(0.82, ["figure", "unnamed source"]) == "worth: 0.82 · figure · unnamed source"


def test_every_quote_and_claim_of_an_article_has_a_score(analyse):
    a = analyse(
        "Council to close libraries\n\n"
        "The council will close 12 libraries next year, officials said on Monday.\n\n"
        '"We have no money left," the mayor, Ann Lee, told reporters.'
    )
    items = a.quotes + a.claims
    assert items
    assert all(0.0 < item.checkworthiness <= 1.0 for item in items)
    claim = next(c for c in a.claims if "12 libraries" in c.text)
    assert "figure" in claim.checkworthiness_reasons
    data = a.to_dict()
    assert all("checkworthiness" in item for item in data["quotes"] + data["claims"])


def test_a_word_for_a_measured_quantity_is_a_statistic(parse):
    """Jobs, taxes, the deficit: a record can check the statement even when it gives no figure."""
    stated = worth(signals(parse("Factory jobs are leaving the region for cheaper places.")))
    assert "statistic" in stated[1]
    assert signals(parse("She paid no income tax for years.")).statistic
    assert signals(parse("The deficit is the largest it has been.")).statistic
    assert not signals(parse("The band played a new song at the festival.")).statistic
    plain = worth(signals(parse("Factory owners are leaving the region for cheaper places.")))
    assert stated[0] > plain[0]


def test_what_the_one_addressed_said_on_the_record_is_attributed(parse):
    """In a debate, "you called it…" reports what the other side said: a record can check it."""
    assert signals(parse("You called the trade deal the gold standard.")).attributed
    assert signals(parse("You voted for the war.")).attributed
    assert not signals(parse("You say the plan works.")).attributed  # a reading of them now
    assert not signals(parse("We said the bridge was unsafe.")).attributed


def test_a_short_line_is_passed_over_unless_its_words_hold_a_claim(parse):
    trend = worth(signals(parse("Prices are up.")))
    thanks = worth(signals(parse("Thank you so much.")))
    assert trend[0] > thanks[0]
    assert worth(signals(parse("Murders are up.")))[0] > worth(signals(parse("That is not right.")))[0]


def test_ents_within_is_spacys_span_ents(nlp) -> None:
    """The entities of a statement, read from the document's once, are spaCy's `Span.ents`, span by span."""
    from tui.analysis.checkworthiness import ents_within

    doc = nlp(
        "Angela Merkel met Joe Biden in Berlin on Monday. The German chancellor said 3,000 jobs at "
        "Siemens in Munich were at risk, according to Reuters."
    )
    ents = doc.ents
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert [(e.start, e.end) for e in ents_within(span, ents)] == [
                (e.start, e.end) for e in span.ents
            ]
