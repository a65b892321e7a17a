"""Loading and cleaning: decoding, refusing non-articles, headline tidying, page furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.articles import (
    HEAD_CHARS,
    LONG_TEXT_CHARS,
    ArticleError,
    article_from_text,
    article_head,
    sanitize,
    tidy_headline,
)
from tui.resources import default_article
from tui.sources import load_article
from tui.sources.encoding import decode
from tui.sources.local import read_article


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


def _long_raw(paragraphs: int = 1200, sep: str = "\n\n") -> str:
    """Over `LONG_TEXT_CHARS` of our own, with a byline and furniture inside and a page tail after."""
    body = [
        f"Paragraph {n}:\tthe port authority said the new berth would open in May, and the unions "
        "said they would wait for the safety report before they agreed to the night shifts."
        for n in range(paragraphs)
    ]
    body[3] = "By Ana Torres"  # a byline: dropped wherever it stands, in the head as in the whole
    body[5] = "Advertisement"  # a lone furniture line: the same
    body[120] = "Related"  # a cut marker in the head's second half but the whole's first: stays
    raw = sep.join(["Port opens a new berth .", *body, "Related stories", "Leave a Reply"])
    assert len(raw) > LONG_TEXT_CHARS
    return raw


@pytest.mark.parametrize("sep", ["\n\n", "\r\n\r\n", "\n \t\n"])
def test_a_long_text_opens_head_first_and_the_head_starts_the_whole(sep: str):
    raw = _long_raw(sep=sep)
    head, whole = article_head(raw, source="long.txt"), article_from_text(raw, source="long.txt")
    assert head is not None and not head.whole and whole.whole
    assert HEAD_CHARS <= len(head.text) < 2 * HEAD_CHARS < len(whole.text)
    assert head.title == whole.title == "Port opens a new berth"
    assert whole.text.startswith(head.text + "\n\n")  # the whole goes on from the head
    assert (
        "By Ana Torres" not in head.text
        and "Advertisement" not in head.text
        and "\n\nRelated\n\n" in head.text
    )
    # the page tail (a cut marker in the second half, furniture at the end) is the whole's alone
    assert whole.text.endswith("night shifts.") and "Leave a Reply" not in whole.text


def test_short_texts_and_texts_without_a_break_near_the_head_come_whole():
    assert article_head("Title\n\nA short story.") is None
    unbroken = "Title\n\n" + "word " * (LONG_TEXT_CHARS // 4)  # no blank line after the title
    assert article_head(unbroken) is None


def test_only_long_plain_text_files_load_head_first(tmp_path: Path):
    raw = _long_raw()
    text, markdown = tmp_path / "long.txt", tmp_path / "long.md"
    text.write_text(raw, encoding="utf-8")
    markdown.write_text(raw, encoding="utf-8")
    head = load_article(str(text), head=True)
    assert not head.whole and load_article(str(text)).text.startswith(head.text)
    assert load_article(str(markdown), head=True).whole  # Markdown's rules may span a blank line: whole
    assert load_article(str(default_article()), head=True).whole  # a news story: whole at once


def test_bytes_become_text_in_one_place():
    """Decoding and binary sniffing live in `tui.sources.encoding`; `tui.articles` holds the article
    and its cleaning, and never reaches back into the sources (#19.10)."""
    import ast

    import tui.articles
    import tui.sources.encoding

    tree = ast.parse(Path(tui.articles.__file__).read_text(encoding="utf-8"))
    defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert not defined & {"decode", "is_binary", "utf16_without_bom", "read_file_bytes", "read_article"}
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not any(m and m.startswith("tui.sources") for m in imported)
    assert {"decode", "decode_text", "is_binary", "utf16_without_bom"} <= set(vars(tui.sources.encoding))
