"""Text shapes that break naive code: the analysis finishes, `--json` offsets stay valid, the view wraps them.

Each shape goes through the real command in-process (`tui.cli.main --json` on a file, with the
session's spaCy pipeline) and through the real article view, at several widths.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.style import Style

from tests.growth import LINEAR_AT_4N, growth
from tests.hostile import ESCAPES, MARKUP, assert_offsets_valid, json_lines, no_terminal_controls
from tui import cli
from tui.app import NewsReaderApp
from tui.articles import article_from_text
from tui.widgets.article_view import MAX_COMBINING, tame_combining, wrap_offsets

WORDS = "the minister said officials would meet again on Tuesday in the capital to discuss trade".split()


def words(n: int, sep: str = " ") -> str:
    return sep.join(WORDS[i % len(WORDS)] for i in range(n))


SHAPES: dict[str, str] = {
    "unbalanced quotation marks": (
        "Talks “stall\n\nHe said “yes and “no” and ”maybe“ then. "
        'She said "a "b c" d and ‘e ’f’ g’. «Un » deux » trois «.\n\n”Closing first“ they said.'
    ),
    "a quotation that never closes": "Open quote\n\n“This never ends "
    + words(2500)
    + "\n\nAnd more "
    + words(300),
    "10,000 quotation marks": "Marks\n\n" + "“\"”'‘’«»„‟" * 1000,
    # (in one paragraph the same 10,000 marks take spaCy's parser ~14 s: it is superlinear in a
    # sentence of punctuation tokens, 2,500 → 1.7 s, 5,000 → 4 s; reported, not an app matter)
    "10,000 straight quotation marks": "Marks\n\n" + "\n\n".join(['"' * 1_000] * 10),
    "no sentence punctuation": "no punctuation here\n\n" + words(2500),
    "only numbers": "2024\n\n" + " ".join(f"{i * 7919 % 100_000:,}.{i % 100:02d}%" for i in range(2000)),
    "emoji": "😀 Emoji 👍🏽\n\n" + "👨‍👩‍👧‍👦 said “🚀🔥 ok” 🇺🇦🇵🇸 ❤️ 🏳️‍🌈 1️⃣ the 🧑🏽‍💻 minister said. " * 300,
    "combining marks (zalgo)": "Z̴̡̛a̸̢l̵g̶o\n\n"
    + ("e" + "\u0301\u0302\u0303\u0308\u0327" * 8 + " ") * 500
    + "\n\n“Ä̈̈ quote,” said A̸n̴n̵a̶ Smith.",
    "CJK": "中国外交部\n\n"
    + "中国外交部发言人说，“我们将继续合作。”日本の首相は「協力を続ける」と述べた。한국 대통령은 말했다. "
    * 200,
    "right-to-left scripts": "عنوان الخبر\n\n"
    + 'قال الوزير «سنواصل التعاون» يوم الثلاثاء. \u200fאמר השר: "נמשיך" ביום שלישי. ' * 300,
    "zero-width characters": "Zero\u200bwidth\n\n"
    + "Bob\u200b said\u200d “hi\u200c there\u2060,” and Anna\u00ad Smith\u200b agreed. " * 400,
    "a 100,000-character word": "Long word\n\n" + "x" * 100_000 + " said Bob.",
    "a 150,000-character line": "Long line\n\n" + ". ".join(words(12) for _ in range(2_100)) + ".",
    "markup and escapes": "Markup\n\n"
    + " ".join(
        f"“{m}” said {m} Smith{e}."
        for m, e in zip(MARKUP * 2, (e.replace("\x00", "") for e in ESCAPES), strict=False)
    ),
    "one character": "x",
    "headline only": "Just a headline, nothing else",
    "tabs, CRs and page breaks": "Tabs\tand\r\n\r\ncolumns\tof\tfigures\r\x0cpage two\x0b\x85said Bob.",
    "many one-word paragraphs": "Lots\n\n" + "\n\n".join(f"“Word{i}.”" for i in range(1000)),
    "astral and private-use characters": "𝐁𝐨𝐥𝐝 𝕋𝕚𝕥𝕝𝕖\n\n𝐀𝐧𝐧𝐚 said “𝓱𝓮𝓵𝓵𝓸” in \ue000\uf8ff 𐍈𐌰. 𝟏𝟐𝟑 people. "
    * 200,
}


@pytest.fixture
def real_nlp(nlp, monkeypatch):
    """In-process `main` uses the session's already loaded real pipeline instead of loading it again."""
    import tui.analysis.pipeline as pipeline

    monkeypatch.setattr(pipeline, "load_pipeline", lambda name=None: nlp)
    return nlp


@pytest.mark.parametrize("text", SHAPES.values(), ids=SHAPES.keys())
def test_json_offsets_valid_for_every_shape(tmp_path: Path, text: str, capsys, real_nlp):
    path = tmp_path / "shape.txt"
    path.write_text(text, encoding="utf-8")
    status = cli.main(["--json", str(path)])
    out, err = capsys.readouterr()
    assert status == 0, err
    # the only thing said may be the notice that a text does not look English
    assert all("looks mostly not English" in line for line in err.splitlines()), err
    (obj,) = json_lines(out)
    assert_offsets_valid(obj)
    assert obj["text"] == article_from_text(text).text
    assert no_terminal_controls(obj["text"])


def test_many_quotations_in_one_sentence_are_linear(analyse):
    def one_sentence(n: int) -> str:
        return "Title\n\n" + "Bob said “we will meet again” and " * n

    quotes = analyse(one_sentence(250)).quotes
    assert len(quotes) == 250 and {(q.speaker_name, q.cue) for q in quotes} == {("Bob", "said")}
    assert growth(analyse, one_sentence(250), one_sentence(1000), rounds=2) < LINEAR_AT_4N


# --- the article view --------------------------------------------------------------------------


def check_wrap(text: str, width: int) -> None:
    """Lines in order, each character (bar newlines) in exactly one line, each line within the width
    unless it is a single character wider than the whole line."""
    lines = wrap_offsets(text, width)
    covered = []
    prev_end = 0
    for start, end in lines:
        assert prev_end <= start <= end <= len(text)
        assert "\n" not in text[start:end]
        assert all(text[i] == "\n" for i in range(prev_end, start)), (prev_end, start)
        covered.extend(range(start, end))
        prev_end = end
        visible = text[start:end].rstrip()
        assert cell_len(visible) <= width or len(visible) == 1 or sum(cell_len(c) for c in visible) <= width
    assert all(text[i] == "\n" for i in range(prev_end, len(text)))
    assert covered == [i for i, ch in enumerate(text) if ch != "\n"]


@pytest.mark.parametrize("text", SHAPES.values(), ids=SHAPES.keys())
@pytest.mark.parametrize("width", [1, 2, 7, 33, 80, 200])
def test_wrap_covers_every_character_once_for_every_shape(text: str, width: int):
    check_wrap(article_from_text(text).text, width)


@pytest.mark.parametrize(
    "shape",
    [lambda n: "x" * n, lambda n: words(n // 5), lambda n: "漢" * (n // 10)],
    ids=["a long word", "a long line", "a long line of wide characters"],
)
def test_wrap_is_linear_in_a_long_word_and_a_long_line(shape):
    small, large = shape(1_000_000), shape(4_000_000)  # (below a megabyte, caches flatter the small one)
    lines = wrap_offsets(large, 80)
    assert lines[0][0] == 0 and lines[-1][1] == len(large)
    assert all(cell_len(large[s:e].rstrip()) <= 80 for s, e in lines)
    assert growth(lambda text: wrap_offsets(text, 80), small, large) < LINEAR_AT_4N


def test_combining_marks_are_capped_when_drawn():
    zalgo = "a" + "\u0301" * 1000 + "b"
    assert tame_combining(zalgo) == "a" + "\u0301" * MAX_COMBINING + "b"
    assert tame_combining("plain ascii") == "plain ascii"
    assert tame_combining("é ü ñ") == "é ü ñ"


async def test_the_view_renders_every_line_of_every_shape_at_several_sizes():
    app = NewsReaderApp(article_from_text("Shapes\n\nThe view is given each shape in turn."))
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.article_view
        for size in ((30, 10), (80, 24), (200, 50)):
            await pilot.resize_terminal(*size)
            for text in SHAPES.values():
                article = article_from_text(text)
                view.set_text(article.text, len(article.title))
                view.set_marks([(0, len(article.text))], "all")
                await pilot.pause()
                width = view.scrollable_content_region.width
                for index in range(len(view._lines)):
                    strip = view._render_text_line(index, Style())
                    assert no_terminal_controls(strip.text)
                    shown = strip.text.rstrip()  # trailing spaces may overflow: the line is cropped
                    assert cell_len(shown) <= max(width, 2) or "\u200d" in shown
                for y in range(view.scrollable_content_region.height):
                    assert view.render_line(y).cell_length == width
                view.scroll_end(animate=False, immediate=True)
                await pilot.pause()
                for y in range(view.scrollable_content_region.height):
                    assert view.render_line(y).cell_length == width
        await app.workers.wait_for_complete()
        assert app.is_running


def test_entity_dense_text_is_analysed_in_linear_time(analyse):
    def dense(n: int) -> str:
        return "Dense\n\n" + " ".join(f"Minister {WORDS[i % 9]} said “part {i}”." for i in range(n))

    a = analyse(dense(250))
    assert [q.text for q in a.quotes] == [f"“part {i}”" for i in range(250)]
    assert {q.cue for q in a.quotes} == {"said"}
    assert growth(analyse, dense(250), dense(1000), rounds=2) < LINEAR_AT_4N
