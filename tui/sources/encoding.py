"""Bytes to text for every source, in one place: a declared charset first, then UTF-8, then a detected
legacy encoding; binary data refused with a one-line reason.

`decode` handles BOMs, UTF-16 without one, UTF-8 and the Western legacy encoding (Windows-1252). What it
cannot do is tell a Russian page in Windows-1251 or a Japanese one in Shift-JIS from Windows-1252: read
that way they become mojibake made of accented Latin letters. charset-normalizer can, but it misreads
short Western texts (a Windows-1252 "café" comes back as cp775), so it is asked only when the
Windows-1252 reading does not look like Western text.
"""

from __future__ import annotations

import codecs
import re

from tui.articles import ArticleError
from tui.inert import visible

_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"\x7fELF",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"RIFF",
    b"\x00\x00\x01\x00",
)

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def decode(data: bytes, name: str = "input") -> str:
    """Bytes to text: BOMs honoured, UTF-8 preferred, legacy single-byte encodings as a fallback.

    A file that is mostly UTF-8 with a few stray bytes keeps its UTF-8 reading (the strays become
    U+FFFD); one with no UTF-8 sequence at all is read as Windows-1252, the usual legacy encoding of
    Western news pages, whose few undefined bytes fall back to Latin-1. UTF-16 without a BOM is
    recognised by its zero bytes (every other byte of mostly-Latin text).
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return text_or_refuse(data.decode(codec, errors="replace"), name)
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return text_or_refuse(data.decode(utf16, errors="replace"), name)
    if is_binary(data):
        raise ArticleError(f"{visible(name)}: is a binary file, not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if _UTF8_MULTIBYTE.search(data):
            text = data.decode("utf-8", errors="replace")
        else:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:  # one of cp1252's five undefined bytes: Latin-1 maps every byte
                text = data.decode("latin-1")
    return text_or_refuse(text, name)


def is_binary(data: bytes) -> bool:
    """True for data that is plainly not text: a known file signature or a NUL byte near the start."""
    head = data[:8192]
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when the zero bytes sit on one side of most byte pairs, else None.

    Text in a Latin script stored as UTF-16 has a zero high byte in nearly every pair; binary data
    has its zeros scattered over both sides.
    """
    head = data[:8192]
    if len(head) < 4 or b"\x00" not in head:
        return None
    pairs = len(head) // 2
    even, odd = head[0 : pairs * 2 : 2].count(0), head[1 : pairs * 2 : 2].count(0)
    if odd >= 0.3 * pairs and even <= 0.02 * pairs:
        codec = "utf-16-le"
    elif even >= 0.3 * pairs and odd <= 0.02 * pairs:
        codec = "utf-16-be"
    else:
        return None
    sample = head[: pairs * 2].decode(codec, errors="replace")
    if sample.count("\ufffd") > len(sample) // 20 or _control_share(sample) > 0.05:
        return None
    return codec


_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _control_share(text: str) -> float:
    """The share of control characters (bar line ends, tabs, form feeds and ESC) in the first 8,000 characters."""
    sample = text[:8000]
    return len(_CONTROLS.findall(sample)) / len(sample) if sample else 0.0


def mostly_controls(text: str) -> bool:
    """Binary data that got past the NUL-byte test: at least 32 control characters (bar line ends,
    tabs, form feeds and ESC), and over 30% of the first 8,000 characters."""
    sample = text[:8000]
    count = len(_CONTROLS.findall(sample))
    return count >= 32 and count > 0.3 * len(sample)


def text_or_refuse(text: str, name: str) -> str:
    if mostly_controls(text):
        raise ArticleError(f"{visible(name)}: is a binary file, not an article")
    return text


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def _codec(name: str | None) -> str | None:
    """A Python codec for a declared charset name, or None if it is unknown or useless."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    # "latin-1" and "ascii" declarations usually mean Windows-1252 (the HTML standard says so too).
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def declared_charset(data: bytes) -> str | None:
    """The charset a document declares in its own head: `<meta charset>` or the XML declaration."""
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _looks_western(text: str) -> bool:
    """Mostly ASCII letters, with accented ones here and there: a plausible Western-language reading."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    foreign = sum(1 for c in letters if not c.isascii())
    return foreign / len(letters) < 0.3


def decode_text(data: bytes, name: str = "input", declared: str | None = None) -> str:
    """Decode `data`: BOM, then the declared charset (HTTP header or the document's own), then detection.

    Text that is mostly control characters is refused as binary, whichever reading found it."""
    return text_or_refuse(_decode_text(data, name, declared), name)


def _decode_text(data: bytes, name: str, declared: str | None) -> str:
    if data.startswith(_BOMS) or utf16_without_bom(data) is not None:
        return decode(data, name)
    if is_binary(data):
        raise ArticleError(f"{name}: is a binary file, not an article")
    for candidate in (_codec(declared), _codec(declared_charset(data))):
        if candidate and candidate not in ("utf-16", "utf-32"):
            try:
                return data.decode(candidate)
            except UnicodeDecodeError:
                continue  # a wrong declaration is common; fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = decode(data, name)  # UTF-8 with a few strays, or Windows-1252
    strays = text.count("\ufffd")
    # as many well-formed UTF-8 sequences as strays (or more): UTF-8 with damage, not another encoding
    utf8_like = strays and len(_UTF8_SEQUENCE.findall(data)) >= strays
    if (strays and (strays < max(2, len(text) // 100) or utf8_like)) or (not strays and _looks_western(text)):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else text
