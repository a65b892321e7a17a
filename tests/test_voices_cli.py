"""`newsreader voices`: tables, --json, --csv, --html from a results file or from articles analysed
on the fly; bad input is one line and exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.test_corpus import write_corpus


def voices(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", "voices", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def test_voices_of_a_folder_and_of_its_results_file_agree(tmp_path):
    write_corpus(tmp_path / "in")
    on_the_fly = voices(str(tmp_path / "in"), "--json")
    assert on_the_fly.returncode == 0, on_the_fly.stderr
    data = json.loads(on_the_fly.stdout)
    assert data["articles"] == 3
    names = [p["name"] for p in data["people"]]
    assert {"Marta Soto", "Tom Reyes", "Ana Ruiz"} <= set(names)
    ruiz = next(p for p in data["people"] if p["name"] == "Ana Ruiz")
    assert ruiz["gender"] == "female" and ruiz["gender_evidence"] in ("pronoun", "name")
    assert ruiz["said"] and ruiz["said"][0]["source"].endswith("000-2.txt")
    assert {r["kind"] for r in data["by_kind"]} >= {"person", "anonymous", "unattributed"}
    reyes = next(p for p in data["people"] if p["name"] == "Tom Reyes")
    assert reyes["official"]  # a mayor
    out = tmp_path / "r.jsonl"
    corpus = subprocess.run(
        [sys.executable, "-m", "tui", "corpus", str(tmp_path / "in"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert corpus.returncode == 0, corpus.stderr
    from_results = voices(str(out), "--json")
    assert json.loads(from_results.stdout) == data


def test_tables_csv_html_and_no_gender_from_a_results_file(tmp_path):
    from tests.test_voices import spans_of, text_record

    text = "Harbour\n\nMs. Marta Soto said the port would close. Officials said it would not."
    record = text_record(text, {"Marta Soto": spans_of(text, "Marta Soto")}, [(0, 7, "Marta Soto", None)])
    out = tmp_path / "r.jsonl"
    out.write_text(json.dumps(record) + "\n", encoding="utf-8")
    tables = voices(str(out))
    assert tables.returncode == 0, tables.stderr
    assert "Marta Soto" in tables.stdout and "By gender" in tables.stdout and "title" in tables.stdout
    csv = voices(str(out), "--csv")
    assert (
        csv.stdout.startswith("table,row,column,value\n") and "people,Marta Soto,gender,female" in csv.stdout
    )
    page = tmp_path / "v.html"
    assert voices(str(out), "--html", "-o", str(page)).returncode == 0
    assert "<svg" in page.read_text(encoding="utf-8")
    plain = voices(str(out), "--no-gender")
    assert "By gender" not in plain.stdout and "female" not in plain.stdout


def test_bad_input_is_one_line_and_exit_2(tmp_path):
    missing = voices(str(tmp_path / "nothing.jsonl"))
    assert missing.returncode == 2 and missing.stderr.strip().count("\n") == 0
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    binary = voices(str(tmp_path / "bin.txt"))
    assert binary.returncode == 2
    assert "skipped" in binary.stderr and "no article could be analysed" in binary.stderr
    assert Path(tmp_path / "bin.txt").exists()


def test_one_article_is_counted_in_the_singular_in_the_tables_and_the_page(tmp_path):
    from tests.test_voices import text_record

    text = "Harbour news\n\nElena Varga said so."
    record = text_record(text, {"Elena Varga": [(14, 25)]}, [(14, 25, "Elena Varga", None)])
    record.update(model="m", byline="", entities=[], hash="h0")
    results = tmp_path / "one.jsonl"
    results.write_text(json.dumps(record) + "\n", encoding="utf-8")
    tables = voices(str(results))
    assert tables.returncode == 0, tables.stderr
    assert "1 article · 1 quote · 0 claims · 1 person quoted" in tables.stdout, tables.stdout
    page = voices(str(results), "--html")
    assert "1 article · 1 quote · 0 claims · 1 person quoted" in page.stdout
    assert "1 articles" not in tables.stdout + page.stdout and "1 quotes" not in tables.stdout + page.stdout
