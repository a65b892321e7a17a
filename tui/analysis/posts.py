"""Embedded posts: a social-media post quoted on a page, the words of its author.

A news page that embeds a post shows the post's words (often without quotation marks) and then a
line that names its author: "— Jane Roe (@janeroe) November 3, 2019". That line is the attribution,
so the paragraph(s) just above it are a quote of the person it names. The links the post ends with
("pic.twitter.com/…", "https://t.co/…") are no part of what was said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The author line of an embedded post: a dash, a display name, the @handle in brackets, a date maybe.
_AUTHOR_LINE = re.compile(r"(?m)^[^\S\n]*[—–-][^\S\n]*(?P<name>[^\n(@]{1,80}?)[^\S\n]*\(@\w{1,30}\)")
#: What ends a sentence of a post; other symbols at its end (arrows, emoji) are no words.
_WORD_ENDS = ".!?…'\"’”)"
#: The longest post text taken (a post is short; more means the author line was not one).
MAX_POST_CHARS = 1200


@dataclass(frozen=True, slots=True)
class Post:
    """A post's words and its author's name, as offsets into the text."""

    start: int
    end: int
    name_start: int
    name_end: int

    def text(self, text: str) -> str:
        return text[self.start : self.end]


def find_posts(text: str) -> list[Post]:
    """Embedded posts in `text`: the block of lines right above each author line."""
    out: list[Post] = []
    for m in _AUTHOR_LINE.finditer(text):
        name_start, name_end = m.start("name"), m.end("name")
        while name_end > name_start and not text[name_end - 1].isalnum():
            name_end -= 1  # an emoji or flag after the display name
        if name_end <= name_start:
            continue
        body_end = text.rfind("\n", 0, m.start())
        while body_end > 0 and text[body_end - 1].isspace():
            body_end -= 1
        if body_end <= 0:
            continue
        body_start = text.rfind("\n\n", 0, body_end)
        body_start = 0 if body_start < 0 else body_start + 2
        if out and body_start < out[-1].name_end:
            continue
        body_end = _strip_trailing(text, body_start, body_end)
        while body_start < body_end and text[body_start].isspace():
            body_start += 1
        if body_end - body_start < 2 or body_end - body_start > MAX_POST_CHARS:
            continue
        out.append(Post(body_start, body_end, name_start, name_end))
    return out


def _strip_trailing(text: str, start: int, end: int) -> int:
    """Where the post's words end: before the links, arrows and emoji it closes with."""
    while end > start:
        if text[end - 1].isspace() or not (text[end - 1].isalnum() or text[end - 1] in _WORD_ENDS):
            end -= 1
            continue
        word_start = max(text.rfind(" ", start, end), text.rfind("\n", start, end)) + 1
        word = text[max(word_start, start) : end]
        if word.startswith(("pic.twitter.com", "http://", "https://")):
            end = max(word_start, start)
            continue
        break
    return end
