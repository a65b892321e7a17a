"""Where articles come from: files (text, Markdown, HTML, feeds), folders, URLs and standard input.

`open_input` turns one input into either an `Article` or a `Library` (a list to pick from: a folder or
a feed); `load_article` insists on an article. Every failure is an `ArticleError` with a one-line
message. httpx, trafilatura, feedparser and charset-normalizer are imported inside the functions that
use them, so the app's first paint never waits for them. All of this runs in worker threads in the app.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit  # loaded with pathlib already

from tui.articles import Article, ArticleError, article_from_text, article_head
from tui.sources.encoding import decode_text
from tui.sources.feeds import FEED_MEDIA_TYPES, XML_MEDIA_TYPES, library_from_feed, looks_like_feed
from tui.sources.local import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    STDIN,
    STDIN_NAME,
    check_path,
    library_from_folder,
    library_from_paths,
    read_file_bytes,
)

if TYPE_CHECKING:
    from tui.sources.library import Library, LibraryItem

__all__ = [
    "STDIN",
    "Library",
    "LibraryItem",
    "check_path",
    "check_stdin",
    "check_url",
    "from_bytes",
    "is_url",
    "library_from_paths",
    "load_article",
    "load_item",
    "open_input",
]


def __getattr__(name: str) -> object:
    """`Library` and `LibraryItem`, imported when first asked for: opening one file needs neither,
    and their module is on the way to the reader's first paint otherwise."""
    if name in ("Library", "LibraryItem"):
        from tui.sources import library

        return getattr(library, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def check_url(url: str) -> None:
    """Refuse what is not an absolute http(s) URL with a host, before any network traffic."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError on a malformed port
    except ValueError:
        raise ArticleError(f"{url}: is not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ArticleError(f"{url}: is not a valid http(s) URL")


HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_MEDIA_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown", ""})
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_HTML_TAGS = re.compile(rb"<(?:p|div|article|h1|h2|br|span|a)\b[^>]*>", re.IGNORECASE)


def looks_like_html(data: bytes) -> bool:
    """A document that starts like HTML, or text thick with paragraph-level tags."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def from_bytes(
    data: bytes,
    name: str,
    *,
    kind: str = "",
    charset: str | None = None,
    url: str | None = None,
    markdown: bool = False,
    head: bool = False,
) -> Article | Library:
    """Bytes of any kind we read: `kind` is "html", "feed", "text" or "" to tell from the bytes.
    `head`: a long plain text may come as its start only (`Article.whole` False; see `article_head`)."""
    if not kind:
        kind = "feed" if looks_like_feed(data) else "html" if looks_like_html(data) else "text"
    if kind == "feed":
        return library_from_feed(data, name, base_url=url)
    text = decode_text(data, name, declared=charset)
    if kind == "html":
        from tui.sources.html import article_from_html

        return article_from_html(text, name, url=url)
    start = article_head(text, source=name) if head and not markdown else None
    return start or article_from_text(text, source=name, markdown=markdown)


def _from_url(url: str) -> Article | Library:
    from tui.sources.web import fetch

    page = fetch(url)
    media = page.media_type
    if media in FEED_MEDIA_TYPES or (media in XML_MEDIA_TYPES and looks_like_feed(page.data)):
        kind = "feed"
    elif media in HTML_MEDIA_TYPES:
        kind = "feed" if looks_like_feed(page.data) else "html"
    elif media in TEXT_MEDIA_TYPES:
        kind = "" if not media else "text"
    else:
        raise ArticleError(f"{url}: is not a web page or feed (the server sent {media})")
    return from_bytes(page.data, url, kind=kind, charset=page.charset, url=page.url)


def _from_file(spec: str, head: bool = False) -> Article | Library:
    path = Path(spec)
    if path.is_dir():
        return library_from_folder(path)
    data = read_file_bytes(path)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        kind = "html"
    elif suffix in FEED_SUFFIXES or looks_like_feed(data):
        kind = "feed"
    elif looks_like_html(data) and suffix not in (".md", ".markdown"):
        kind = "html"
    else:
        kind = "text"
    return from_bytes(data, spec, kind=kind, markdown=suffix in (".md", ".markdown"), head=head)


def check_stdin(data: bytes) -> None:
    """Refuse standard input that holds nothing or is binary, as a file would be refused, before
    the reader's screen starts (the rest of the reading is the app's, in a worker)."""
    if not data.strip():
        raise ArticleError(f"{STDIN_NAME}: is empty")
    decode_text(data, STDIN_NAME)


def open_input(spec: str, data: bytes | None = None, *, head: bool = False) -> Article | Library:
    """One input, as an article or a library. `data` is standard input's bytes when `spec` is "-".
    `head`: a long plain-text file may come as its start only (`Article.whole` False)."""
    if spec == STDIN:
        if data is None:
            from tui.sources.local import read_stdin

            data = read_stdin()
        if not data.strip():
            raise ArticleError(f"{STDIN_NAME}: is empty")
        return from_bytes(data, STDIN_NAME)
    if is_url(spec):
        return _from_url(spec)
    if "://" in spec[:12]:
        raise ArticleError(f"{spec}: only http:// and https:// addresses can be opened")
    return _from_file(spec, head=head)


def load_article(spec: str, data: bytes | None = None, *, head: bool = False) -> Article:
    """An input that must be one article (a library item, say), not a folder or a feed. `head`: a
    long plain-text file may come as its start only, for the reader's first paint (`Article.whole`)."""
    result = open_input(spec, data, head=head)
    if not isinstance(result, Article):
        raise ArticleError(f"{spec}: is a list of articles ({result.title}), not one article")
    return result


def load_item(item: LibraryItem) -> Article:
    """A library item: fetched or read from its location, else made from the text its feed carried."""
    if item.location and (is_url(item.location) or not item.inline_html):
        return load_article(item.location)
    if item.inline_html:
        from tui.sources.html import article_from_html

        return article_from_html(
            f"<html><head><title>{_escape(item.title)}</title></head><body><article>{item.inline_html}</article></body></html>",
            item.title,
        )
    raise ArticleError(f"{item.title}: the feed item has no link and no text")


def _escape(text: str) -> str:
    import html

    return html.escape(text)
