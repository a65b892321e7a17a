"""Shared by the hostile-input tests: the checks every analysis and every screen must pass."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from tui.inert import ANSI

#: Markup that Textual or Rich would act on if article text were ever parsed as markup.
MARKUP = ("[@click=app.quit]x[/]", "[/", "[b]", "[$accent]", "[@click=app.quit]", "[/b]", "[link=http://x]")

#: Escape sequences and control characters a terminal would act on.
ESCAPES = (
    "\x1b[2J",  # clear the screen
    "\x1b]52;c;aGVsbG8=\x07",  # set the clipboard
    "\x1b]8;;http://evil.example/\x1b\\",  # start a hyperlink
    "\x1b]0;pwned\x07",  # set the window title
    "\x1b[31m",  # red
    "\x9b2J",  # 8-bit CSI
    "\x07\x08\x7f\x00",
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
)


def is_blank(text: str) -> bool:
    """Nothing that shows once escape sequences, white space, controls and zero-width characters go."""
    return not any(
        not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf", "Cs") for ch in ANSI.sub("", text)
    )


def is_binary_text(text: str) -> bool:
    """The stated rule for text that is really binary data: a NUL, or at least 32 control characters
    (other than line ends, tabs, form feeds and ESC) making up over 30% of the first 8,000 characters."""
    if "\x00" in text[:8192]:
        return True
    sample = text[:8000]
    controls = sum(1 for ch in sample if ch in _BINARY_CONTROLS)
    return controls >= 32 and controls > 0.3 * len(sample)


_BINARY_CONTROLS = frozenset(map(chr, [*range(0x01, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F]))


def assert_offsets_valid(data: dict[str, Any]) -> None:
    """Every offset in a `--json` object (or `Analysis.to_dict()`) indexes its `text` correctly."""
    text = data["text"]
    n = len(text)

    def span_ok(span: Any) -> None:
        if span is not None:
            s, e = span
            assert isinstance(s, int) and isinstance(e, int)
            assert 0 <= s < e <= n, (span, n)

    ids = {a["id"] for a in data["actors"]}
    for e in data["entities"]:
        span_ok((e["start"], e["end"]))
        assert e["actor"] is None or e["actor"] in ids
    for a in data["actors"]:
        assert a["mentions"], a
        for m in a["mentions"]:
            span_ok(m)
    for key, who in (("quotes", "speaker_span"), ("claims", "source_span")):
        for item in data[key]:
            span_ok((item["start"], item["end"]))
            assert text[item["start"] : item["end"]] == item["text"]
            span_ok(item[who])
            span_ok(item["cue_span"])
            assert item["speaker" if key == "quotes" else "source"] in ids | {None}


def json_lines(out: str) -> list[dict[str, Any]]:
    """Parse JSON Lines output; every line must be one object."""
    return [json.loads(line) for line in out.splitlines()]


def no_terminal_controls(s: str) -> bool:
    """True when `s` holds nothing a terminal would act on (ESC, other C0/C1 controls, bidi controls)."""
    return not any(
        (ord(ch) < 0x20 and ch != "\n")
        or 0x7F <= ord(ch) <= 0x9F
        or 0x202A <= ord(ch) <= 0x202E
        or 0x2066 <= ord(ch) <= 0x2069
        for ch in s
    )
