"""Making untrusted text inert: nothing from an article, a file name or an error reaches the terminal as a command.

Text from outside (articles, file names, exception messages) can carry escape sequences that clear
the screen, set the clipboard (OSC 52) or plant links (OSC 8), control characters, and bidirectional
overrides that make text display in another order than it is stored. Textual and Rich strip only a
handful of control codes (BEL, BS, VT, FF, CR) and pass ESC through, so every string shown by the app
or printed by the command goes through one of these functions first. Markup is a separate matter:
the app never parses untrusted text as markup (it builds `Content`/`Strip` from plain strings).
"""

from __future__ import annotations

import re

#: Escape sequences: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`, or to the end of the line when
#: unterminated, so that a stray `ESC ]` cannot swallow the rest of an article) and two-byte escapes.
ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[@-Z\\-_])")

#: C0/C1 controls (bar newline and tab), DEL, the bidirectional embeddings, overrides and isolates,
#: and the byte-order mark (a zero-width no-break space that only ever means "BOM" in an article).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")

# What a one-line message must not contain: the unsafe characters plus line and tab breaks.
_UNSAFE_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")

# What JSON printed to a terminal must escape beyond what `json.dumps` already does: C1 controls
# (8-bit CSI is \x9b), bidi controls, line/paragraph separators and lone surrogates (file names that
# are not UTF-8 reach Python as surrogates and cannot be written to a UTF-8 stream).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def strip_unsafe(text: str) -> str:
    """Remove escape sequences and unsafe characters; newlines and tabs stay."""
    return UNSAFE.sub("", ANSI.sub("", text))


def one_line(text: str) -> str:
    """A string fit for a status line, a list row or a notification: inert, on one line, single-spaced."""
    return " ".join(_UNSAFE_IN_LINE.sub(" ", ANSI.sub("", text)).split())


def same_length(text: str) -> str:
    """Inert text with the same length, so offsets into it stay valid: tabs → spaces, unsafe → U+FFFD."""
    if not UNSAFE.search(text) and "\t" not in text:
        return text
    return UNSAFE.sub("\ufffd", text.replace("\t", " "))


def visible(text: str) -> str:
    """Show unsafe characters as escapes (`\\x1b`, `\\n`, `\\u202e`): for file names in error messages,
    where the user needs to see which file is meant and the terminal must not act on it."""

    def escape(m: re.Match[str]) -> str:
        ch = m.group()
        return repr(ch)[1:-1] if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"

    return _UNSAFE_IN_LINE.sub(escape, text)


def json_text(encoded: str) -> str:
    """JSON (from `json.dumps(..., ensure_ascii=False)`) with C1, bidi and surrogate characters escaped.

    The result decodes to exactly the same value; it just cannot act on a terminal it is printed to.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)
