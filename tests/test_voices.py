"""Voices: people merged across articles, kinds of source, officials, gender with its evidence, and the
breakdowns; sentences of our own through the real pipeline, and hand-made records for the merging."""

from __future__ import annotations

import json
import re

import pytest

from tui.voices.aggregate import collect, collect_facts
from tui.voices.breakdowns import by_gender, by_kind, by_outlet, officials, over_time
from tui.voices.columns import outlet_of
from tui.voices.facts import name_key
from tui.voices.gender import decide, following_pronouns, name_gender
from tui.voices.page import to_html
from tui.voices.report import to_csv, to_data


@pytest.fixture(scope="module")
def record(nlp):
    from tui.analysis.analyze import analyze

    def make(text: str, source: str = "story.txt", date: str = "") -> dict:
        title = text.split("\n")[0]
        data = analyze(nlp, source, title, text).to_dict()
        data.update(byline="", date=date)
        return data

    return make


def person(voices, name):
    return next(p for p in voices.people if p.name == name)


# --- gender, through the real pipeline ---------------------------------------------------------------


def test_gender_from_the_texts_own_pronoun(record):
    voices = collect(
        [
            record(
                "Flood barriers to rise\n\nRobin Castell, who runs the harbour office, said the barriers would "
                'rise by a metre. "We cannot wait for the next storm," she said.'
            )
        ]
    )
    robin = person(voices, "Robin Castell")
    assert (robin.gender, robin.gender_evidence) == ("female", "pronoun")
    assert robin.evidence.pronoun.get("female", 0) >= 1


def test_gender_from_a_courtesy_title(record):
    voices = collect(
        [record("Bridge to reopen\n\nThe bridge will reopen in May, Ms. Adaeze Okafor told the council.")]
    )
    okafor = person(voices, "Adaeze Okafor")
    assert (okafor.gender, okafor.gender_evidence) == ("female", "title")


def test_gender_from_a_gendered_role_noun(record):
    voices = collect(
        [record("Port strike\n\nThe strike will go on, union spokesman Kwame Asante said on Monday.")]
    )
    assert (person(voices, "Kwame Asante").gender, person(voices, "Kwame Asante").gender_evidence) == (
        "male",
        "title",
    )


def test_gender_from_the_first_name(record):
    voices = collect(
        [record("Library hours cut\n\nThe library will close on Sundays, Hillary Brandt said on Friday.")]
    )
    brandt = person(voices, "Hillary Brandt")
    assert (brandt.gender, brandt.gender_evidence) == ("female", "name")


def test_a_transcripts_she_is_not_its_speakers_gender(nlp):
    """In a transcript, a speaker's turn speaks of others ("JOHN SMITH: She has no plan"): its
    pronouns are no evidence of the speaker's gender, as a quotation's are not."""
    from tui.analysis.analyze import analyze

    text = (
        "Debate night transcript\n\nHOLT: Good evening and welcome to the first debate.\n\n"
        "JOHN SMITH: Thank you, Lester. My opponent says she will cut taxes for working families. "
        "She will not, and she knows it.\n\nMARY JONES: That is not true. I have a plan and he has none."
        "\n\nJOHN SMITH: She has no plan at all, believe me.\n"
    )
    data = analyze(nlp, "debate.txt", text.split("\n")[0], text, transcript=True).to_dict()
    assert any(c["kind"] == "statement" for c in data["claims"])
    voices = collect([{**data, "byline": "", "date": ""}])
    smith, jones = person(voices, "John Smith"), person(voices, "Mary Jones")
    assert smith.evidence.pronoun == {} and jones.evidence.pronoun == {}
    assert (smith.gender, smith.gender_evidence) == ("male", "name")
    assert (jones.gender, jones.gender_evidence) == ("female", "name")


def test_gender_unknown_when_nothing_tells(record):
    voices = collect(
        [record("Market moves\n\nThe market will move to the square, Xolani Qwabe said on Friday.")]
    )
    qwabe = person(voices, "Xolani Qwabe")
    assert (qwabe.gender, qwabe.gender_evidence) == ("unknown", None)
    unknown = next(r for r in by_gender(voices) if r["gender"] == "unknown")
    assert unknown["people"] == 1 and unknown["people_share"] == 1.0  # the unknown share is shown


def test_no_gender_leaves_it_out_everywhere(record):
    voices = collect(
        [record("Library hours cut\n\nThe library will close on Sundays, Hillary Brandt said on Friday.")],
        with_gender=False,
    )
    assert person(voices, "Hillary Brandt").gender is None
    data = to_data(voices)
    assert data["gender"] is False and data["by_gender"] == []
    assert not {"gender", "gender_evidence", "evidence"} & set(data["people"][0])
    assert "female" not in data["by_outlet"][0]
    assert "gender" not in to_csv(voices).split("\n", 1)[1]
    assert "By gender" not in to_html(voices)


# --- gender rules on their own --------------------------------------------------------------------------


def text_record(
    text: str, people: dict[str, list[tuple[int, int]]], quotes=(), source="a.txt", date=""
) -> dict:
    """A hand-made `--json` record: `people` maps a name to its mentions; quotes are (start, end, name,
    speaker span or None)."""
    actors = [
        {"id": f"a{i}", "name": name, "label": "PERSON", "roles": [], "mentions": [list(m) for m in spans]}
        for i, (name, spans) in enumerate(people.items())
    ]
    ids = {a["name"]: a["id"] for a in actors}
    return {
        "source": source,
        "title": text.split("\n")[0],
        "text": text,
        "date": date,
        "actors": actors,
        "quotes": [
            {
                "start": s,
                "end": e,
                "text": text[s:e],
                "speaker": ids.get(who),
                "speaker_name": who,
                "speaker_span": list(span) if span else None,
            }
            for s, e, who, span in quotes
        ],
        "claims": [],
    }


def spans_of(text: str, word: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(word), text)]


def test_a_pronoun_outweighs_a_first_name_and_a_stray_one_decides_nothing():
    text = "Quay\n\nMichael Oduya runs the quay. She said it was full. She added: “No room.”"
    said = (text.index("“"), text.index("”") + 1, "Michael Oduya", None)
    rec = text_record(text, {"Michael Oduya": spans_of(text, "Michael Oduya")}, [said])
    assert following_pronouns(text, [(*spans_of(text, "Michael Oduya")[0], "a0")], [])["a0"]["female"] == 2
    voices = collect([rec])
    assert (person(voices, "Michael Oduya").gender, person(voices, "Michael Oduya").gender_evidence) == (
        "female",
        "pronoun",
    )
    assert name_gender("Michael") == "male"
    # a pronoun inside a quotation speaks of someone else; with two people in view, of either
    text = "Quay\n\nMichael Oduya said: “She told me it was full.” Anna Berg said he was wrong."
    found = following_pronouns(
        text,
        [(*spans_of(text, "Michael Oduya")[0], "a0"), (*spans_of(text, "Anna Berg")[0], "a1")],
        [(text.index("“"), text.index("”") + 1)],
    )
    assert found == {}  # the "she" is quoted, and two people are in view of the "he": nobody's
    from tui.voices.gender import Evidence

    assert decide(Evidence(pronoun={"female": 2, "male": 1}, first_name="Michael")) == ("male", "name")


# --- one voice per person --------------------------------------------------------------------------------


def test_people_merge_by_full_name_and_a_surname_only_one_full_name_has():
    a = "A\n\nSen. Marta Soto spoke. Soto said no."
    b = "B\n\nMarta E. Soto spoke again."
    c = "C\n\nSoto said yes. Barack Obama and Michelle Obama spoke. Obama said maybe."
    records = [
        text_record(a, {"Marta Soto": spans_of(a, "Marta Soto")}, [(0, 1, "Marta Soto", None)]),
        text_record(b, {"Marta E. Soto": spans_of(b, "Marta E. Soto")}, [(0, 1, "Marta E. Soto", None)]),
        text_record(
            c,
            {
                "Soto": [(3, 7)],
                "Barack Obama": spans_of(c, "Barack Obama"),
                "Michelle Obama": [(50, 64)],
                "Obama": [(71, 76)],
            },
            [
                (0, 1, "Soto", None),
                (2, 3, "Barack Obama", None),
                (4, 5, "Michelle Obama", None),
                (6, 7, "Obama", None),
            ],
        ),
    ]
    voices = collect(records)
    names = {p.name: p for p in voices.people}
    assert set(names) == {"Marta E. Soto", "Barack Obama", "Michelle Obama", "Obama"}  # the fuller name shown
    assert len(names["Marta E. Soto"].said) == 3 and names["Marta E. Soto"].articles == [0, 1, 2]
    assert len(names["Obama"].said) == 1  # two full names share the surname: never merged by guess
    assert name_key("Sen. Loretta E. Lynch's") == ("loretta", "lynch")
    assert voices.people[0].name == "Marta E. Soto"  # most quoted first


# --- kinds, officials, outlets, time --------------------------------------------------------------------


def test_kinds_of_source_and_officials(record):
    voices = collect(
        [
            record(
                "Drought\n\nSources close to the ministry said aid was coming. Officials said the wells were dry. "
                "The Red Cross said it would send water. Interior Minister Lena Marsh said the army would help."
            )
        ]
    )
    kinds = {r["kind"]: r["total"] for r in by_kind(voices)}
    assert kinds["anonymous"] == 1 and kinds["description"] == 1 and kinds["organisation"] >= 1
    assert kinds["person"] == 1
    assert person(voices, "Lena Marsh").official
    groups = {r["group"]: r["total"] for r in officials(voices)}
    assert groups["official"] >= 2  # the minister and the officials
    assert groups["other"] >= 1  # the Red Cross


def test_unattributed_and_unresolved():
    text = "T\n\n“We are ready.” He said it again."
    he = (text.index("He"), text.index("He") + 2)
    rec = text_record(text, {}, [(3, text.index("”") + 1, None, None), (*he, None, he)])
    kinds = {r["kind"]: r["total"] for r in by_kind(collect([rec]))}
    assert kinds["unattributed"] == 1 and kinds["unresolved"] == 1


def test_outlets_and_months():
    assert outlet_of("https://www.example.org/news/1.html") == "example.org"
    assert outlet_of("corpus/guardian/a.txt") == "guardian"
    text = "T\n\nAnna Berg said so."
    rows = [
        text_record(text, {"Anna Berg": [(3, 12)]}, [(3, 12, "Anna Berg", None)], source=s, date=d)
        for s, d in (
            ("https://a.example/1", "2016-10-02"),
            ("https://a.example/2", "2016-11-05T10:00"),
            ("https://b.example/1", ""),
        )
    ]
    voices = collect(rows)
    assert [(r["group"], r["articles"], r["quotes"], r["people"]) for r in by_outlet(voices)] == [
        ("a.example", 2, 2, 1),
        ("b.example", 1, 1, 1),
    ]
    assert [r["group"] for r in over_time(voices)] == ["2016-10", "2016-11", "undated"]


def test_html_is_standalone_and_escapes_names():
    text = "T\n\n<script>alert(1)</script> said so."
    rec = text_record(
        text, {"<script>alert(1)</script>": [(3, 28)]}, [(3, 28, "<script>alert(1)</script>", None)]
    )
    page = to_html(collect([rec]))
    assert "<script" not in page and "&lt;script&gt;" in page
    assert page.count("<svg") >= 5
    assert not re.search(r"(src|href)=", page)  # no outside resources (the SVG namespace is no fetch)
    assert json.loads(json.dumps(to_data(collect([rec]))))["people"][0]["name"] == "<script>alert(1)</script>"


# --- the facts kept beside a results file ----------------------------------------------------------------


def test_a_results_files_facts_are_kept_beside_it_and_follow_its_growth(tmp_path):
    from tui.corpus.results import ResultsWriter
    from tui.voices.columns import fact_tables
    from tui.voices.facts import article_facts
    from tui.voices.sidecar import results_facts

    def same(a, b) -> bool:
        return all(getattr(a, t).equals(getattr(b, t)) for t in ("articles", "sources", "said"))

    def hashes(tables) -> list[str]:
        return tables.articles.column("hash").to_pylist()

    text = "T\n\nAnna Berg said so. Officials said no."
    records = [
        {
            **text_record(text, {"Anna Berg": [(3, 12)]}, [(3, 12, "Anna Berg", None)], source=f"s{i}"),
            "hash": f"h{i}",
        }
        for i in range(3)
    ]
    for record in records:
        record.update(model="m", byline="", entities=[])
    for suffix in (".jsonl", ".parquet"):
        out = tmp_path / f"r{suffix}"
        with ResultsWriter(out) as writer:
            for record in records[:2]:
                writer.write(record)
        first = results_facts(out)
        assert same(first, fact_tables(article_facts(r) for r in records[:2]))
        side = tmp_path / "r.jsonl.voices" if suffix == ".jsonl" else out / ".voices-part-00000.arrow"
        assert side.exists()
        assert same(results_facts(out), first)  # from the sidecar
        with ResultsWriter(out) as writer:  # a resumed run appends
            writer.write(records[2])
        grown = results_facts(out)
        assert hashes(grown) == ["h0", "h1", "h2"]
        assert grown.said.column("source").to_pylist() == [0, 1, 2]  # renumbered when joined
        assert grown.said.column("article").to_pylist() == [0, 1, 2]
    out = tmp_path / "r.jsonl"
    out.write_text(json.dumps(records[1]) + "\n", encoding="utf-8")  # rewritten, not appended
    assert hashes(results_facts(out)) == ["h1"]
    side = tmp_path / "r.jsonl.voices"
    for broken in (side.read_bytes()[:-7], b"not a header\n", b"", side.read_bytes() + b"x"):
        side.write_bytes(broken)  # a sidecar cut short or overwritten: the facts are made again
        assert hashes(results_facts(out)) == ["h1"]
        assert hashes(results_facts(out)) == ["h1"]


def test_voices_of_a_feed_over_real_http(web, nlp):
    """A feed's items are fetched and analysed; the site is the outlet, the pages' dates the months,
    and the item that is gone is a skip with its reason."""
    from tui.voices.gather import gather

    facts, skipped = gather([web.url("/feed.xml")], use_cache=False)
    voices = collect_facts(facts)
    assert len(voices.articles) == 2
    assert [s.source for s in skipped] == [web.url("/missing")]
    assert {p.name for p in voices.people} >= {"Marta Soto", "Rosa Iturra"}
    assert {r["group"] for r in by_outlet(voices)} == {"127.0.0.1"}
    assert "2024-03" in {r["group"] for r in over_time(voices)}
