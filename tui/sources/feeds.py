"""RSS and Atom feeds with feedparser: the items become a library the reader picks from.

feedparser is given bytes only: handed a string that looks like a URL it would fetch it itself,
outside our limits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tui.articles import ArticleError, sanitize

if TYPE_CHECKING:  # `looks_like_feed` is asked of every file opened: the rest waits for a feed
    from tui.sources.library import Library

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
FEED_MEDIA_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
)
XML_MEDIA_TYPES = frozenset({"application/xml", "text/xml"})


def looks_like_feed(data: bytes) -> bool:
    """An RSS, Atom or RDF root element near the start (after any XML declaration and comments)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return bool(_FEED_ROOT.search(head)) and not head[:200].lower().startswith((b"<!doctype html", b"<html"))


def _one_line(text: str) -> str:
    return " ".join(sanitize(text or "").split())


def library_from_feed(data: bytes, source: str, base_url: str | None = None) -> Library:
    """The feed's items as a library, or ArticleError when it is not a feed or has no items."""
    import feedparser

    from tui.sources.library import Library, LibraryItem

    headers = {"content-location": base_url} if base_url else None
    try:
        parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True)
    except Exception as exc:
        raise ArticleError(f"{source}: is not a readable RSS or Atom feed ({type(exc).__name__})") from None
    if not parsed.entries:
        if parsed.get("bozo"):
            raise ArticleError(f"{source}: is not a readable RSS or Atom feed")
        raise ArticleError(f"{source}: the feed has no items")
    feed_title = _one_line(parsed.feed.get("title", "")) or source
    items = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        title = _one_line(entry.get("title", "")) or link or "(untitled)"
        content = entry.get("content") or []
        inline = content[0].get("value", "") if content else entry.get("summary", "")
        items.append(
            LibraryItem(
                title=title,
                location=link,
                date=_one_line(entry.get("published") or entry.get("updated") or ""),
                summary=_one_line(re.sub(r"<[^>]+>", " ", entry.get("summary", "")))[:300],
                inline_html=inline or "",
                site=feed_title,
            )
        )
    return Library(source=source, title=feed_title, items=tuple(items))
