"""A library: several articles to pick from (a folder, several paths, a feed's items)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LibraryItem:
    """One article of a library, not yet read: where it is, and what to call it in the list.

    `inline_html` is the text a feed carries for the item, used when the item has no link to fetch.
    `title` starts as a file name or URL and becomes the headline once the file is looked at
    (`tui.sources.item_info`); `site` is the page's site, the feed's title, or a URL's host.
    """

    title: str
    location: str
    date: str = ""
    summary: str = ""
    inline_html: str = ""
    site: str = ""


@dataclass(frozen=True, slots=True)
class Library:
    """A titled list of items; `source` is what was opened (a folder, a feed, "several files")."""

    source: str
    title: str
    items: tuple[LibraryItem, ...]
