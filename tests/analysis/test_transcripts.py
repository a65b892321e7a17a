"""Transcripts: told from articles by their lines, every sentence a statement of its speaker."""

from __future__ import annotations

from tui.analysis.analyze import analyze
from tui.analysis.transcripts import find_turns, interviewers, speaker_name

DEBATE = """MODERATOR: Good evening and welcome to the debate.
MODERATOR: Senator, what would you do about the deficit?
SMITH: I cut the deficit by 40 percent when I was governor.
SMITH: My opponent voted for every tax increase since 2010.
JONES: That is not true.
JONES: I voted against the budget in 2012 because it raised taxes on families.
MODERATOR: Governor, how will you pay for your plan?
SMITH: We will close loopholes.
"""


def test_speaker_lines_are_turns():
    turns = find_turns(DEBATE)
    assert turns is not None
    assert [t.speaker for t in turns] == [
        "Moderator",
        "Moderator",
        "Smith",
        "Smith",
        "Jones",
        "Jones",
        "Moderator",
        "Smith",
    ]
    first = turns[2]
    assert DEBATE[first.label[0] : first.label[1]] == "SMITH"
    assert DEBATE[first.words[0] : first.words[1]] == "I cut the deficit by 40 percent when I was governor."


def test_tab_separated_lines_are_turns():
    text = "".join(
        f"{i}\t{who}\t{words}\n"
        for i, (who, words) in enumerate(
            [
                ("Holt", "Good evening."),
                ("Clinton", "Thank you."),
                ("Trump", "Thank you, Lester."),
                ("Holt", "Your first question."),
                ("Clinton", "We need jobs."),
                ("Trump", "Our jobs are leaving."),
            ],
            1,
        )
    )
    turns = find_turns(text)
    assert turns is not None and [t.speaker for t in turns][:3] == ["Holt", "Clinton", "Trump"]
    assert text[turns[5].words[0] : turns[5].words[1]] == "Our jobs are leaving."


def test_an_article_with_a_few_labelled_lines_is_no_transcript():
    article = (
        "Storm closes schools\n"
        "Schools across the county closed on Monday as the storm arrived.\n"
        "Update: the county reopened two schools in the afternoon.\n"
        "Photo: a flooded road near the river.\n"
        "Officials said the roads would reopen on Tuesday.\n"
        "Note: this story has been updated.\n"
        "Warning: more rain is expected.\n"
    )
    assert find_turns(article) is None
    assert find_turns(DEBATE, force=False) is None


def test_forced_reading_takes_any_labelled_lines():
    two = "ANN: We won.\nBOB: We lost.\n"
    assert find_turns(two) is None
    assert [t.speaker for t in find_turns(two, force=True)] == ["Ann", "Bob"]


def test_unlabelled_paragraph_continues_the_speaker():
    text = DEBATE + "And we will balance the budget by 2030.\n"
    turns = find_turns(text)
    assert turns[-1].speaker == "Smith"
    assert text[turns[-1].words[0] : turns[-1].words[1]] == "And we will balance the budget by 2030."


def test_speaker_names_and_the_interviewer():
    assert speaker_name("TRUMP") == "Trump"
    assert speaker_name("MR. SMITH") == "Mr. Smith"
    assert speaker_name("Lester Holt") == "Lester Holt"
    assert interviewers(DEBATE, find_turns(DEBATE)) == frozenset({"Moderator"})


def test_every_sentence_is_a_statement_of_its_speaker(nlp):
    a = analyze(nlp, "debate.txt", "MODERATOR: Good evening and welcome to the debate.", DEBATE)
    statements = [c for c in a.claims if c.kind == "statement"]
    assert len(statements) == 8
    assert all(c.kind == "statement" for c in a.claims)
    by_text = {c.text: c for c in statements}
    cut = by_text["I cut the deficit by 40 percent when I was governor."]
    assert cut.source_name == "Smith" and a.actor(cut.source).label == "PERSON"
    assert by_text["That is not true."].source_name == "Jones"
    # ranked: the figure beats the denial and the question
    assert cut.checkworthiness > by_text["That is not true."].checkworthiness
    assert cut.checkworthiness > by_text["Senator, what would you do about the deficit?"].checkworthiness


def test_a_forced_reading_and_a_refused_one(nlp):
    two = "ANN: We won 3 games.\nBOB: We lost.\n"
    assert all(c.kind != "statement" for c in analyze(nlp, "t", "t", two).claims)
    forced = analyze(nlp, "t", "t", two, transcript=True)
    assert [c.source_name for c in forced.claims] == ["Ann", "Bob"]
    assert all(c.kind != "statement" for c in analyze(nlp, "t", "t", DEBATE, transcript=False).claims)


def test_the_command_reads_a_transcript_file_and_refuses_when_told(tmp_path):
    import json
    import subprocess
    import sys

    path = tmp_path / "debate.txt"
    path.write_text(DEBATE, encoding="utf-8")
    run = [sys.executable, "-m", "tui", "--json", "--no-cache"]
    out = subprocess.run([*run, str(path)], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert data["text"].split("\n\n")[2] == "SMITH: I cut the deficit by 40 percent when I was governor."
    statements = [c for c in data["claims"] if c["kind"] == "statement"]
    assert len(statements) == 8 and all("checkworthiness" in c for c in statements)
    refused = subprocess.run([*run, "--no-transcript", str(path)], capture_output=True, text=True, check=True)
    assert not [c for c in json.loads(refused.stdout)["claims"] if c["kind"] == "statement"]
    both = subprocess.run(
        [*run, "--transcript", "--no-transcript", str(path)], capture_output=True, text=True
    )
    assert both.returncode == 2
    two = tmp_path / "two.txt"
    two.write_text("ANN: We won 3 games.\nBOB: We lost.\n", encoding="utf-8")
    report = [sys.executable, "-m", "tui", "--export", "md"]
    plain = subprocess.run([*report, str(two)], capture_output=True, text=True, check=True).stdout
    forced = subprocess.run(
        [*report, "--transcript", str(two)], capture_output=True, text=True, check=True
    ).stdout
    assert "(statement)" not in plain
    assert "**Ann** (statement): We won 3 games." in forced
