"""Loading and cleaning: decoding, refusing non-articles, headline tidying, page furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.articles import ArticleError, article_from_text, decode, read_article, sanitize, tidy_headline


def test_headline_tidied():
    assert tidy_headline("  Russia and Turkey   agree  in Syria .") == "Russia and Turkey agree in Syria"
    assert tidy_headline("Markets fall again.") == "Markets fall again"
    assert tidy_headline("Is this the end?") == "Is this the end?"


@pytest.mark.parametrize(
    "tail",
    [
        "Leave a Reply\n\nYour email address will not be published. Required fields are marked *",
        "Leave a comment",
        "Share this:\n\nTwitter\n\nFacebook",
        "Sign up for our daily newsletter",
        "Read more: other stories from the region",
        "© 2024 The Daily Paper. All rights reserved.",
        "Related articles\n\nAnother story about something else entirely",
    ],
)
def test_page_furniture_is_dropped(tail: str):
    body = "Headline here\n\nFirst paragraph of the story.\n\nSecond paragraph of the story.\n\n"
    article = article_from_text(body + tail)
    assert article.text == "Headline here\n\nFirst paragraph of the story.\n\nSecond paragraph of the story."


def test_article_words_that_look_like_furniture_stay():
    text = (
        "Headline\n\nThe minister said she would share the report with parliament.\n\nComments were closed."
    )
    assert article_from_text(text).text.endswith("Comments were closed.")


def test_control_and_escape_sequences_removed():
    assert sanitize("a\x1b[2Jb\x1b]52;c;aGk=\x07c\x1b]8;;http://x\x1b\\d\u202ee\x00f") == "abcdef"
    assert sanitize("line\r\nnext\rlast") == "line\nnext\nlast"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("héllo “x”".encode("utf-8-sig"), "héllo “x”"),
        ("héllo".encode("utf-16"), "héllo"),
        ("café “quoted”".encode("cp1252"), "café “quoted”"),
        ("naïve".encode("latin-1"), "naïve"),
        ("ok ünïcode".encode() + b"\xff", "ok ünïcode\ufffd"),
    ],
)
def test_decoding(data: bytes, expected: str):
    assert decode(data) == expected


def test_read_errors_are_one_line(tmp_path: Path):
    for path, word in [(tmp_path, "directory"), (tmp_path / "nope", "no such file")]:
        with pytest.raises(ArticleError) as err:
            read_article(path)
        assert word in str(err.value) and "\n" not in str(err.value)
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\nrest")
    with pytest.raises(ArticleError, match="binary"):
        read_article(tmp_path / "img.png")


def test_markdown_headings_stripped(tmp_path: Path):
    path = tmp_path / "a.md"
    path.write_text("# The **big** story\n\nSome *text* here.\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == "The big story"
    assert article.text == "The big story\n\nSome *text* here."
