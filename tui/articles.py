"""Loading and cleaning articles: bytes from a file become the text the reader shows.

Everything here is about the text before any language work: decoding whatever encoding arrives,
refusing what is not an article with a one-line reason, removing characters that could act on a
terminal, tidying the headline and dropping the page furniture (comment forms, share buttons,
newsletter prompts) that scraped pages carry at their end. The result's `text` is what the reader
shows and what every offset of the analysis indexes.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

#: Files above this size are refused rather than half-read: a news article is rarely over 1 MB.
MAX_BYTES = 20 * 1024 * 1024

#: Suffixes opened when a folder is given.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")


class ArticleError(Exception):
    """An input that cannot be read as an article; the message is one line, fit for a user."""


@dataclass(frozen=True, slots=True)
class Article:
    """An article as the reader shows it: `text` starts with the tidied `title`.

    `byline` and `date` are what a web page says of itself (empty when it says nothing); they are shown
    beside the article and exported, but are not part of `text`, so they do not move any offset.
    """

    source: str
    title: str
    text: str
    byline: str = ""
    date: str = ""


# --- reading ---------------------------------------------------------------------------------------

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
    Western news pages, whose few undefined bytes fall back to Latin-1.
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if is_binary(data):
        raise ArticleError(f"{name}: is a binary file, not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE.search(data):
        return data.decode("utf-8", errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # one of cp1252's five undefined bytes: Latin-1 maps every byte
        return data.decode("latin-1")


def is_binary(data: bytes) -> bool:
    """True for data that is plainly not text: a known file signature or a NUL byte near the start."""
    head = data[:8192]
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def read_article(path: str | Path) -> Article:
    """Read and clean the article at `path`, or raise ArticleError with a one-line reason."""
    p = Path(path)
    name = str(path)
    try:
        if p.is_dir():
            raise ArticleError(f"{name}: is a directory, not an article")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                f"{name}: is {size / 1024 / 1024:.0f} MB, over the {MAX_BYTES // 1024 // 1024} MB limit for one article"
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{name}: no such file") from None
    except PermissionError:
        raise ArticleError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise ArticleError(f"{name}: is a directory, not an article") from None
    except OSError as exc:
        raise ArticleError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    return article_from_text(
        decode(data, name), source=name, markdown=p.suffix.lower() in (".md", ".markdown")
    )


def article_from_text(raw: str, source: str = "<text>", markdown: bool = False) -> Article:
    """Clean raw text into an Article, or raise ArticleError when nothing readable is left."""
    text = sanitize(raw)
    if markdown:
        text = _strip_markdown(text)
    paragraphs = _paragraphs(text)
    if not paragraphs:
        raise ArticleError(f"{source}: is empty")
    title = tidy_headline(paragraphs[0])
    body = strip_boilerplate(paragraphs[1:])
    return Article(source=source, title=title, text="\n\n".join([title, *body]))


# --- cleaning ----------------------------------------------------------------------------------------

# C0/C1 controls (bar newline and tab), DEL, and the bidirectional overrides and isolates that can make
# text display in an order other than its own.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")


def sanitize(raw: str) -> str:
    """Make text inert for a terminal: escape sequences and control characters go, line ends become \\n."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _ANSI.sub("", text)
    text = text.replace("\t", "    ")
    text = _UNSAFE.sub("", text)
    return unicodedata.normalize("NFC", text)


def _strip_markdown(text: str) -> str:
    """Markdown headings and emphasis markers are layout, not words."""
    text = re.sub(r"(?m)^#{1,6}\s+", "", text)
    text = re.sub(r"(?m)^\s*(?:[-*_]\s*){3,}$", "", text)
    return re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)


def _paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines, each with its lines' trailing space removed."""
    blocks = re.split(r"\n[ \t\u00a0]*\n", text)
    out = []
    for block in blocks:
        lines = [line.rstrip() for line in block.split("\n")]
        block = "\n".join(line for line in lines if line.strip())
        if block.strip():
            out.append(block.strip("\n"))
    return out


def tidy_headline(line: str) -> str:
    """One line, single spaces, no detached final period ("in Syria ." → "in Syria")."""
    title = " ".join(line.split())
    title = re.sub(r"\s+([.,;:!?])$", r"\1", title)
    return title.removesuffix(".") if not title.endswith("..") else title


# Page furniture. A *cut* marker starts the page's tail (comment form, related links, share bar): it
# and everything after it go. A *line* pattern is one piece of furniture that goes wherever it stands
# alone on its line at the end of the page.
_CUT = re.compile(
    r"""^(?:
        leave\ a\ (?:reply|comment)
      | (?:post|add|write|submit)\ a\ (?:comment|reply)
      | \d*\s*comments?(?:\ \(\d+\))?
      | (?:join\ the\ )?(?:discussion|conversation)
      | share(?:\ this)?(?:\ (?:article|story|post|page))?(?:\ on\ \w+)?
      | related(?:\ (?:articles?|stories|posts|content|coverage|news))?
      | (?:you\ (?:may|might)\ also\ (?:like|be\ interested\ in)|more\ (?:stories|from|on)\b.*|recommended(?:\ for\ you)?)
      | like\ this
      | (?:sign\ up|subscribe)\b.*\bnewsletter.*
      | tags?
    )\s*[:.]?$""",
    re.IGNORECASE | re.VERBOSE,
)
_LINE = re.compile(
    r"""(?:
        your\ email\ address\ will\ not\ be\ published
      | required\ fields\ are\ marked
      | ^(?:save\ my\ name|notify\ me\ of)\b
      | ^(?:name|e-?mail|website|comment)\s*\*?\s*$
      | ^(?:read\ more|continue\ reading|read\ the\ full\ (?:story|article))\b
      | ^(?:tweet|email|e-mail|print|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|copy\ link|share)\s*$
      | ^share\ (?:on|via|to)\ \w+
      | ^(?:©|\(c\)|copyright\b)
      | all\ rights\ reserved
      | ^follow\ us\b
      | ^click\ here\b
      | ^advertisement\s*$
      | ^(?:sign\ up|subscribe)\b.*\b(?:newsletter|updates|inbox)\b
      | ^(?:get|receive)\ (?:our|the)\ .*\bnewsletter\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)


#: A credit line: who reported, edited or photographed the story is no part of it.
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|photos?|photographs?)\s+by"
    r"|(?:photo|image|photograph|picture)(?:\s+credit)?\s*:)\s+.{2,200}?\)?\.?$",
    re.IGNORECASE,
)
#: Words a byline may hold besides names ("By Jane Doe, Staff Writer").
_BYLINE_WORDS = frozenset(
    {"and", "in", "the", "for", "of", "staff", "writer", "reporter", "correspondent", "editor"}
)


def _is_byline(paragraph: str) -> bool:
    """A paragraph that is only a byline or a credit: "By Jane Doe", "By Jane Doe and John Roe,
    Reuters", "(Reporting by …; Editing by …)", "Photo: Jane Doe/Getty Images"."""
    text = paragraph.strip()
    if "\n" in text or len(text) > 240:
        return False
    if _CREDIT_LINE.match(text):
        return True
    m = re.match(r"^by\s+(.+?)\.?$", text, re.IGNORECASE)
    if m is None or len(text) > 80:
        return False
    # "By the fall of 2010, …" and "By contrast, …" open a sentence: a byline is names only
    words = [w for w in re.split(r"[\s,|/&;]+", m.group(1)) if w]
    return all(w[:1].isupper() or w.lower() in _BYLINE_WORDS for w in words)


def _is_furniture(paragraph: str) -> bool:
    return all(_LINE.search(line.strip()) for line in paragraph.split("\n"))


def strip_boilerplate(paragraphs: list[str]) -> list[str]:
    """Drop the page's tail (from a cut marker in the second half on) and trailing furniture lines."""
    body = list(paragraphs)
    half = len(body) // 2
    for i, para in enumerate(body):
        if i >= half and len(para) < 80 and _CUT.match(para.strip()):
            body = body[:i]
            break
    while body and _is_furniture(body[-1]):
        body.pop()
    body = [p for p in body if not _is_byline(p)]
    return [p for p in body if not (len(p) < 60 and _LINE.search(p.strip()) and "\n" not in p)]
