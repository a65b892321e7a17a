"""Bytes to text for every source: a declared charset first, then UTF-8, then a detected legacy encoding.

`tui.articles.decode` already handles BOMs, UTF-8 and the Western legacy encoding (Windows-1252). What it
cannot do is tell a Russian page in Windows-1251 or a Japanese one in Shift-JIS from Windows-1252: read
that way they become mojibake made of accented Latin letters. charset-normalizer can, but it misreads
short Western texts (a Windows-1252 "café" comes back as cp775), so it is asked only when the
Windows-1252 reading does not look like Western text.
"""

from __future__ import annotations

import codecs
import re

from tui.articles import ArticleError, decode, is_binary, text_or_refuse, utf16_without_bom

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
