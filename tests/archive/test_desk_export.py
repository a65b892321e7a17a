"""`newsreader desk export`: every ClaimReview property of a real exported file; CSV and Markdown."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.archive.test_archive_cli import run
from tests.archive.test_store import TEXT, analysis_of
from tui.archive.desk_export import to_markdown
from tui.archive.store import Archive


@pytest.fixture
def desk(tmp_path: Path) -> tuple[Path, Path]:
    """An archive with three marks (a numbered verdict, an unnumbered one, none yet) and a config."""
    path = tmp_path / "desk.sqlite3"
    archive = Archive.open(path)
    analysis = analysis_of()
    analysis["actors"].append(
        {"id": "a2", "name": "Officials", "label": "GROUP", "roles": [], "mentions": []}
    )
    web = archive.keep(
        source="https://news.example.org/talks",
        title="Talks in Moscow",
        text=TEXT,
        analysis=analysis,
        date="2026-11-02T08:00:00",
    )
    quote = analysis["quotes"][0]
    archive.set_mark(web, "quote", quote["text"], who="Sergei Lavrov", verdict="mostly-true", status="done")
    claim = analysis["claims"][0]
    archive.set_mark(
        web,
        "claim",
        claim["text"],
        who="Officials",
        verdict="misleading",
        note='=HYPERLINK("x") *not* what the ministry said',
        evidence=["https://mfa.example.org/statement"],
        status="doing",
    )
    local = archive.keep(source="notes.txt", title="Local", text="Local\n\nThe bridge cost 4 million.")
    archive.set_mark(local, "claim", "The bridge cost 4 million.", status="todo")
    archive.close()
    config = tmp_path / "config.toml"
    config.write_text(
        '[desk]\nreviewer = "Harbour Fact Check"\norganisation_url = "https://factcheck.example.org/"\n',
        encoding="utf-8",
    )
    return path, config


def test_claimreview_has_every_property(desk, tmp_path):
    archive, config = desk
    out = tmp_path / "reviews.json"
    result = run(
        "desk", "export", "--format", "claimreview", "-o", str(out), "--archive", str(archive),
        env={"NEWSREADER_CONFIG": str(config)},
    )  # fmt: skip
    assert result.returncode == 0 and result.stderr == "", result.stderr
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert len(reviews) == 2  # the mark without a verdict is not a review
    by_claim = {r["claimReviewed"]: r for r in reviews}
    today = datetime.now(UTC).date().isoformat()

    quote = by_claim["“We paid special attention to the new circumstances,”"]
    assert quote["@context"] == "https://schema.org" and quote["@type"] == "ClaimReview"
    assert quote["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "mostly true",
    }
    assert quote["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Sergei Lavrov"},
        "appearance": {
            "@type": "NewsArticle",
            "url": "https://news.example.org/talks",
            "headline": "Talks in Moscow",
            "datePublished": "2026-11-02",
        },
        "datePublished": "2026-11-02",
    }
    assert quote["author"] == {
        "@type": "Organization",
        "name": "Harbour Fact Check",
        "url": "https://factcheck.example.org/",
    }
    assert quote["url"] == "https://factcheck.example.org/"
    assert quote["datePublished"] == today

    claim = by_claim["the ceasefire would hold until March"]
    assert claim["reviewRating"] == {
        "@type": "Rating",
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "misleading",
    }
    assert claim["itemReviewed"]["author"] == {"@type": "Organization", "name": "Officials"}


def test_claimreview_to_standard_output_and_a_bad_config(desk, tmp_path):
    archive, config = desk
    config.write_text('[desk]\norganisation_url = "javascript:alert(1)"\n', encoding="utf-8")
    result = run(
        "desk", "export", "--format", "claimreview", "--archive", str(archive),
        env={"NEWSREADER_CONFIG": str(config)},
    )  # fmt: skip
    assert result.returncode == 0
    assert "organisation_url must be an http(s) URL" in result.stderr
    reviews = json.loads(result.stdout)
    assert all("url" not in r for r in reviews) and reviews[0]["author"]["name"] == "newsreader desk"


def test_csv_and_markdown(desk, tmp_path):
    archive, _ = desk
    result = run("desk", "export", "--format", "csv", "--archive", str(archive))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(r["verdict"] for r in rows) == ["", "misleading", "mostly true"]
    assert list(rows[0]) == ["id", "status", "verdict", "rating", "claim", "who", "kind", "headline", "source",
                             "article_date", "note", "evidence", "updated"]  # fmt: skip
    by_status = {r["status"]: r for r in rows}
    assert set(by_status) == {"to check", "in progress", "done"}
    assert by_status["in progress"]["note"].startswith("'=HYPERLINK")  # a formula is defused
    assert by_status["in progress"]["evidence"] == "https://mfa.example.org/statement"
    assert by_status["done"]["rating"] == "4"
    md = run("desk", "export", "--format", "md", "--archive", str(archive)).stdout
    assert "## In progress (1)" in md and "\\*not\\* what the ministry said" in md
    assert "<https://mfa.example.org/statement>" in md
    assert to_markdown([]) == "# Fact-check desk\n"


def test_unwritable_output_is_one_line(desk, tmp_path):
    archive, _ = desk
    result = run(
        "desk",
        "export",
        "--format",
        "md",
        "-o",
        str(tmp_path / "no" / "such" / "x.md"),
        "--archive",
        str(archive),
    )
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
