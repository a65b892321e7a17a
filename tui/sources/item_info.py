"""What a library's list says of each article before it is opened: its headline, site and date.

A folder's items start as file names (a saved page's may be a hash). Reading the start of each file
gives the list something to read by: a text's first paragraph; a page's own metadata (`og:title`,
`og:site_name`, `article:published_time`, or its `<title>` and `<time>`), found by a quick look at
its head rather than the full extraction opening it does. Feed items have theirs from the feed; a URL
shows its host until it is opened. Everything found is plain, one-line text (pages are untrusted).
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from tui.articles import ArticleError, sanitize, tidy_headline
from tui.sources.library import LibraryItem

#: How much of a file is read to describe it: a headline and a page's head sit well within this.
HEAD_BYTES = 64 * 1024

_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TIME = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)", re.IGNORECASE)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _flat(text: str, limit: int = 200) -> str:
    return " ".join(sanitize(html.unescape(text)).split())[:limit]


def _metas(page: str) -> dict[str, str]:
    """`<meta property|name=… content=…>` of a page's head, the first of each name."""
    found: dict[str, str] = {}
    for tag in _META.finditer(page):
        attrs = {
            m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None)
            for m in _ATTR.finditer(tag.group())
        }
        name = (attrs.get("property") or attrs.get("name") or "").lower()
        if name and "content" in attrs and name not in found:
            found[name] = attrs["content"]
    return found


def describe_page(page: str) -> tuple[str, str, str]:
    """(headline, site, date) from a page's head; empty strings for what it does not say."""
    metas = _metas(page)
    title = metas.get("og:title") or metas.get("twitter:title") or ""
    if not title:
        m = _TITLE.search(page)
        title = m.group(1) if m else ""
    site = metas.get("og:site_name") or metas.get("application-name") or ""
    if title:  # "Storm hits coast | The Daily Paper": the list shows the headline, as opening it does
        from tui.sources.html import strip_site_name

        url = metas.get("og:url") or ""
        title = strip_site_name(
            html.unescape(title), html.unescape(site), urlsplit(url).hostname if url else None
        )
    when = (
        metas.get("article:published_time")
        or metas.get("date")
        or metas.get("dc.date")
        or (m.group(1) if (m := _TIME.search(page)) else "")
    )
    date = m.group() if (m := _DATE.search(when)) else _flat(when, 40)
    return _flat(title), _flat(site, 80), date


def describe_text(text: str) -> str:
    """A plain text's headline: its first paragraph that shows something (Markdown's # dropped)."""
    for block in re.split(r"\n\s*\n", sanitize(text)):
        line = re.sub(r"^#{1,6}\s+", "", block.strip())
        if line.strip():
            return tidy_headline(line)[:200]
    return ""


def describe(item: LibraryItem) -> LibraryItem:
    """The item with the headline, site and date its file says; as it was when it says none, is not
    a local file, or cannot be read (opening it will say why)."""
    location = item.location
    if not location or "://" in location:
        host = urlsplit(location).hostname if location else None
        return replace(item, site=item.site or (host or ""))
    from tui.sources import looks_like_html
    from tui.sources.encoding import decode_text
    from tui.sources.local import HTML_SUFFIXES

    path = Path(location)
    try:
        with open(path, "rb") as f:
            head = f.read(HEAD_BYTES)
        text = decode_text(head, location)
    except (OSError, ValueError, ArticleError):
        return item
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(head):
        title, site, date = describe_page(text)
    else:
        title, site, date = describe_text(text), "", ""
    return replace(item, title=title or item.title, site=site or item.site, date=date or item.date)
