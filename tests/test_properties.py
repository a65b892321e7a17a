"""Property tests (hypothesis): arbitrary Unicode never breaks the analysis, the view or `--json`.

Example counts are bounded (and `deadline=None`, since spaCy's first calls are slow) so CI stays
fast; `derandomize=True` keeps every CI run on the same examples, so a failure reproduces.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rich.style import Style

from tests.hostile import (
    ESCAPES,
    MARKUP,
    assert_offsets_valid,
    is_binary_text,
    is_blank,
    no_terminal_controls,
)
from tui import cli
from tui.analysis.analyze import analyze
from tui.app import NewsReaderApp
from tui.articles import ArticleError, article_from_text
from tui.widgets.article_view import _wrap_ascii, _wrap_cells, wrap_offsets

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text that is more hostile than uniform Unicode: quotation marks, markup, escapes, line ends,
# zero-width and bidi characters, combining marks and wide characters mixed with words.
PIECES = st.sampled_from(
    [
        *MARKUP,
        *ESCAPES,
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "「",
        "」",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        " ",
        "\u200b",
        "\u200d",
        "\u2060",
        "\ufeff",
        "\u0301",
        "\u0308\u0308\u0308",
        "漢字",
        "한국",
        "😀",
        "👨‍👩‍👧",
        "🇺🇦",
        "مرحبا",
        "\u200f",
        "said",
        " said ",
        "Anna Smith",
        "the minister",
        ".",
        "!",
        "?",
        ",",
        ":",
        "according to",
        "12,000",
        "3.5%",
        "\u2028",
        "\u0085",
    ]
)
HOSTILE_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join),
)


@SETTINGS
@given(text=HOSTILE_TEXT)
@example(text="“" * 50)
@example(text="[@click=app.quit]x[/]\n\n\x1b[2J“never closed")
def test_analysis_never_raises_and_offsets_are_valid(nlp, text: str):
    # the raw text, straight to the analysis (as another input could hand it over) …
    title = text.split("\n", 1)[0]
    assert_offsets_valid(analyze(nlp, "<raw>", title, text).to_dict())
    # … and the cleaned article, as the reader shows it
    try:
        article = article_from_text(text)
    except ArticleError:
        assert is_blank(text)
        return
    result = analyze(nlp, "<clean>", article.title, article.text).to_dict()
    assert_offsets_valid(result)
    assert no_terminal_controls(result["text"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=HOSTILE_TEXT, width=st.integers(min_value=1, max_value=90))
def test_wrap_covers_every_character_exactly_once_in_order(text: str, width: int):
    lines = wrap_offsets(text, width)
    covered: list[int] = []
    prev = 0
    for start, end in lines:
        assert prev <= start <= end
        covered.extend(range(start, end))
        prev = end
    assert covered == [i for i, ch in enumerate(text) if ch != "\n"]
    assert len(lines) >= text.count("\n") + 1


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.text(alphabet=st.sampled_from('abc xyz.,"'), max_size=120), width=st.integers(1, 30))
def test_ascii_fast_wrap_matches_the_cell_wrap(text: str, width: int):
    fast: list[tuple[int, int]] = []
    slow: list[tuple[int, int]] = []
    if text:
        _wrap_ascii(text, 0, width, fast)
        _wrap_cells(text, 0, len(text), width, slow)
    assert fast == slow


async def test_rendering_any_text_never_raises():
    """Every line of any text, at several widths, through the real (mounted) article view."""
    app = NewsReaderApp(article_from_text("Property\n\nEach example is shown in this view."))
    async with app.run_test(size=(60, 12)) as pilot:
        view = app.article_view

        @settings(max_examples=80, deadline=None, derandomize=True)
        @given(
            text=HOSTILE_TEXT,
            title=st.integers(0, 40),
            marks=st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=5),
        )
        def render(text: str, title: int, marks: list[tuple[int, int]]) -> None:
            view.set_text(text, title)
            view.set_entities([(s, e, "PERSON") for s, e in marks])
            view.set_marks(marks, "marks")
            for width in (1, 3, 17, 56):
                view._wrap_width = -1
                view._lines = wrap_offsets(view.text, width) or [(0, 0)]
                view._line_starts = [s for s, _ in view._lines]
                for index in range(len(view._lines)):
                    strip = view._render_text_line(index, Style())
                    assert no_terminal_controls(strip.text)

        render()
        await pilot.pause()
        view.set_text("x", 1)
        await pilot.pause()
        assert app.is_running
        await app.workers.wait_for_complete()


@pytest.fixture
def real_nlp(nlp, monkeypatch):
    """In-process `main` uses the session's already loaded real pipeline instead of loading it again."""
    import tui.analysis.pipeline as pipeline

    monkeypatch.setattr(pipeline, "load_pipeline", lambda name=None: nlp)
    return nlp


@SETTINGS
@given(text=HOSTILE_TEXT)
@example(text="x")
@example(text="\u200b\u200b")
@example(text="\x1b[2J")
@example(text="0\x08")
@example(text="a\x00b")
@example(text="\x01" * 40)
def test_json_for_any_text(real_nlp, capsys, text: str):
    """Text that is not blank: valid JSON, exit 0, offsets valid. Blank: `is empty`, exit 2. Binary data
    (a NUL, or mostly control characters): `is a binary file`, exit 2. Never a traceback."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        status = cli.main(["--json", str(path)])
    out, err = capsys.readouterr()
    if is_binary_text(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")):
        assert status == 2 and out == "" and err.endswith("is a binary file, not an article\n")
        return
    if is_blank(text):
        assert status == 2 and out == "" and err.endswith("is empty\n") and err.count("\n") == 1
        return
    assert status == 0, err
    assert err == ""
    (line,) = out.splitlines()
    data = json.loads(line)
    assert_offsets_valid(data)
    assert no_terminal_controls(line)


@pytest.mark.parametrize(
    "text",
    [
        "[@click=app.quit]x[/]\n\n“Quote \x1b]52;c;aGk=\x07 never closed, said [b]Bob[/b]",
        "😀" * 500 + "\n\n" + "\u0301" * 500 + "\u202e",
        "日本語のテキスト。「引用」と述べた。\n\n\"\"\"''' “",
    ],
)
def test_json_for_hostile_text_in_a_real_process(tmp_path: Path, text: str):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tui", "--json", str(path)], capture_output=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert b"\x1b" not in result.stdout
    data = json.loads(result.stdout)
    assert_offsets_valid(data)
