"""The article and its cleaning: decoded text becomes the text the reader shows.

Everything here is about the text before any language work and after bytes became text (that is
`tui.sources.encoding`'s, and reading files `tui.sources.local`'s): removing characters that could act
on a terminal, splitting overlong paragraphs, tidying the headline and dropping the page furniture
(comment forms, share buttons, newsletter prompts) that scraped pages carry at their end, or refusing
what holds no article with a one-line reason. The result's `text` is what the reader shows and what
every offset of the analysis indexes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tui.inert import ANSI, UNSAFE, visible

#: A paragraph longer than this is split (at lines, then sentences, then spaces) into paragraphs of at
#: most this many characters, so that the analysis can work through a long text piece by piece and
#: no single piece reaches spaCy's length limit. Real paragraphs are far shorter.
MAX_PARAGRAPH_CHARS = 20_000

#: A single "word" (no space at all) longer than this is cut too: spaCy refuses texts over 1,000,000
#: characters, and a word of this size is already not language.
MAX_WORD_CHARS = 200_000


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
    #: False for the start of a long text, shown while the whole is read (see `article_head`)
    whole: bool = True


def article_from_text(raw: str, source: str = "<text>", markdown: bool = False) -> Article:
    """Clean raw text into an Article, or raise ArticleError when nothing readable is left."""
    return _article(raw, source, markdown, whole=True)


#: A plain text longer than this (in characters) opens head first (see `article_head`).
LONG_TEXT_CHARS = 200_000
#: Where the head of a long text ends: at the first blank line after this many characters.
HEAD_CHARS = 30_000
_RAW_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def article_head(raw: str, source: str = "<text>") -> Article | None:
    """The start of a long plain text, cleaned, to show while the whole is (None for a shorter text).

    Cleaning is linear in the length (7 ms for a 100,000-word file against half a millisecond for a
    news story) and the first screen shows only the start. The head ends at a blank line, where every
    step of cleaning gives the same on the parts as on the whole (no line end, escape sequence or
    composed character spans one), and it gets every rule but the page tail's (a cut marker and the
    furniture at the end), so it is the whole article's start unless those rules reach into it.
    The Article says `whole=False`; the reader replaces it with the whole straight after its first paint.
    """
    if len(raw) <= LONG_TEXT_CHARS:
        return None
    blank = _RAW_BLANK_LINE.search(raw, HEAD_CHARS, 2 * HEAD_CHARS)
    if blank is None:  # no paragraph break near: the whole, as for any text
        return None
    return _article(raw[: blank.end()], source, markdown=False, whole=False)


#: How texts are read as transcripts: None tells one by its lines, True and False force the reading
#: (the command line's `--transcript` and `--no-transcript`).
TRANSCRIPT_MODE: bool | None = None


def _article(raw: str, source: str, markdown: bool, whole: bool) -> Article:
    text = sanitize(raw)
    if markdown:
        text = _strip_markdown(text)
    if _is_transcript(text):
        # every turn its own paragraph, kept as it is: a label line is no headline or furniture
        paragraphs = [line.rstrip() for line in text.split("\n") if line.strip() and has_visible(line)]
        if paragraphs:
            return Article(
                source=source, title=paragraphs[0].strip(), text="\n\n".join(paragraphs), whole=whole
            )
    paragraphs = _paragraphs(text)
    if not paragraphs:
        raise ArticleError(f"{visible(source)}: is empty")
    title = tidy_headline(paragraphs[0])
    body = strip_boilerplate(paragraphs[1:], tail=whole)
    if body and _same_words(body[0], title):  # the headline repeated as the first paragraph
        body = body[1:]
    body = [_HOVER_CARD.sub(r"\1", p) if _HOVER_HINT.search(p) else p for p in body]
    return Article(source=source, title=title, text="\n\n".join([title, *body]), whole=whole)


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold().rstrip(".") == " ".join(b.split()).casefold().rstrip(".")


#: A name glued to its own hover card, a page's pop-up copy of it: "Kristi NoemKristi Lynn Noem".
_NAME_WORD = r"[A-Z][a-z'’\-]+\.?"
_HOVER_CARD = re.compile(rf"\b((({_NAME_WORD})(?: {_NAME_WORD})+))\3(?: {_NAME_WORD})+")
_HOVER_HINT = re.compile(r"[a-z][A-Z][a-z]")


def _is_transcript(text: str) -> bool:
    if TRANSCRIPT_MODE is False or (":" not in text and "    " not in text):
        return False
    from tui.analysis.transcripts import find_turns

    return find_turns(text, TRANSCRIPT_MODE) is not None


# --- cleaning ----------------------------------------------------------------------------------------


def sanitize(raw: str) -> str:
    """Make text inert for a terminal: escape sequences and control characters go, line ends become \\n.

    Form feeds, vertical tabs and NEL (page and line breaks in old text and PDF extracts) become line
    ends rather than vanishing, so the words on either side stay apart.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\x0c", "\n\n").replace("\x0b", "\n").replace("\x85", "\n")
    text = ANSI.sub("", text)
    text = text.replace("\t", "    ")
    text = UNSAFE.sub("", text)
    return unicodedata.normalize("NFC", text)


def _strip_markdown(text: str) -> str:
    """Markdown headings and emphasis markers are layout, not words."""
    text = re.sub(r"(?m)^#{1,6}\s+", "", text)
    text = re.sub(r"(?m)^\s*(?:[-*_]\s*){3,}$", "", text)
    return re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)


def _paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines, each with its lines' trailing space removed; overlong ones split."""
    blocks = _BLANK_LINE.split(text)
    out = []
    for block in blocks:
        if "\n" in block:
            lines = [line.rstrip() for line in block.split("\n")]
            block = "\n".join(line for line in lines if line.strip()).strip("\n")
        else:  # most paragraphs are one line: the same result, several times faster
            block = block.rstrip()
        if block.strip() and has_visible(block):
            out.extend(split_long(block))
    return out


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_ASCII_VISIBLE = re.compile(r"[!-~]")


def has_visible(text: str) -> bool:
    """True if any character shows: not white space, not a control or format (zero-width) character."""
    if _ASCII_VISIBLE.search(text):  # the common case, found by the regex engine
        return True
    return any(not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf", "Cs") for ch in text)


_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])[\"'”’»)\]]*\s+")
_SPACE = re.compile(r"\s+")


def split_long(block: str, limit: int = MAX_PARAGRAPH_CHARS, word_limit: int = MAX_WORD_CHARS) -> list[str]:
    """A block of at most `limit` characters as it is; a longer one cut into pieces of about `limit`.

    Each cut falls, in order of preference, at the last line break, sentence end or space in the
    second half of the window; a word longer than the window is kept whole up to `word_limit`
    characters. Linear in the length of the block.
    """
    if len(block) <= limit:
        return [block]
    pieces: list[str] = []
    start = 0
    while len(block) - start > limit:
        end = start + limit
        half = start + limit // 2
        cut = block.rfind("\n", half, end)
        if cut <= start:
            cut = max((m.end() for m in _SENTENCE_END.finditer(block, half, end)), default=-1)
        if cut <= start:
            cut = max((m.start() for m in _SPACE.finditer(block, start + 1, end)), default=-1)
        if cut <= start:  # no space in the whole window: the end of this word, or the word limit
            m = _SPACE.search(block, end)
            cut = m.start() if m and m.start() - start <= word_limit else min(len(block), start + word_limit)
            back = cut  # keep combining marks with their base character: cut before it, or after them
            while start + 1 < back < len(block) and unicodedata.combining(block[back]):
                back -= 1
            if back > start + 1:
                cut = back
            else:
                while cut < len(block) and unicodedata.combining(block[cut]):
                    cut += 1
        piece = block[start:cut].strip()
        if piece:
            pieces.append(piece)
        start = cut
    rest = block[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


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


#: A note that closes a page, not the story: where it first appeared, a correction, the letters
#: page's invitation. Dropped from the end only.
_TAIL_NOTE = re.compile(
    r"""^(?:
        (?:this\ (?:article|story|piece|post)\ (?:was|is|has\ been)\ )?(?:originally|first)\ (?:published|appeared|posted)\b
      | this\ (?:article|story|piece)\ (?:originally\ )?appeared\b
      | a\ version\ of\ this\ (?:article|story)\ (?:appears|appeared|was\ published)\b
      | (?:correction|clarification|update|editor['’]s\ note)s?\s*(?:\([^)]{0,40}\))?\s*:
      | an\ earlier\ version\ of\ this\ (?:article|story|report)\b
      | this\ (?:article|story)\ has\ been\ (?:updated|corrected)\b
      | (?:send\ us\ a\ letter|submit\ a\ letter|letters\ to\ the\ editor)\b
      | (?:we|the\ \w+(?:\ \w+)?)\ (?:welcome|is\ committed\ to\ publishing)\b.{0,60}\bletters\b
      | have\ something\ to\ say\b.{0,80}\bletter
    )""",
    re.IGNORECASE | re.VERBOSE,
)
#: A link to another story standing as its own paragraph, anywhere: "Related: Storm closes schools".
_LINK_LINE = re.compile(
    r"^(?:related|read\ more|read\ also|also\ read|see\ also|more\ on\ this|watch|listen)\s*:\s*\S.{0,200}$",
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


_BY = re.compile(r"^by\s+(.+?)\.?$", re.IGNORECASE)
_BYLINE_SPLIT = re.compile(r"[\s,|/&;]+")


def _is_byline(paragraph: str) -> bool:
    """A paragraph that is only a byline or a credit: "By Jane Doe", "By Jane Doe and John Roe,
    Reuters", "(Reporting by …; Editing by …)", "Photo: Jane Doe/Getty Images"."""
    text = paragraph.strip()
    if "\n" in text or len(text) > 240:
        return False
    if _CREDIT_LINE.match(text):
        return True
    m = _BY.match(text) if len(text) <= 80 else None
    if m is None:
        return False
    # "By the fall of 2010, …" and "By contrast, …" open a sentence: a byline is names only
    words = [w for w in _BYLINE_SPLIT.split(m.group(1)) if w]
    return all(w[:1].isupper() or w.lower() in _BYLINE_WORDS for w in words)


def _is_furniture(paragraph: str) -> bool:
    return all(_LINE.search(line.strip()) for line in paragraph.split("\n"))


def strip_boilerplate(paragraphs: list[str], tail: bool = True) -> list[str]:
    """Drop the page's tail (from a cut marker in the second half on) and trailing furniture lines,
    then bylines and lone furniture lines anywhere. `tail=False` (the head of a long text, whose end
    is not the page's) keeps only the second two, which look at one paragraph at a time."""
    body = list(paragraphs)
    if tail:
        half = len(body) // 2
        for i, para in enumerate(body):
            if i >= half and len(para) < 80 and _CUT.match(para.strip()):
                body = body[:i]
                break
        while body and (_is_furniture(body[-1]) or _TAIL_NOTE.match(body[-1].strip())):
            body.pop()
    body = [p for p in body if not _is_byline(p) and not _LINK_LINE.match(p.strip())]
    return [p for p in body if not (len(p) < 60 and _LINE.search(p.strip()) and "\n" not in p)]
