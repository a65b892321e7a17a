"""A corpus's inputs: paths, folders (with their subfolders), feeds and URLs, listed first and read one
at a time, so that a million files never sit in memory as text, and a bad one is a skip, not a stop.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Union

from tui.articles import Article, ArticleError
from tui.inert import visible

if TYPE_CHECKING:
    from tui.sources.library import LibraryItem

#: What a listed input is: a file path, a feed's item, or an article already read (a URL's page).
Item = Union[str, "LibraryItem", Article]


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input left out of the results, and why (one line)."""

    source: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "reason": self.reason}


def _skip(source: str, exc: BaseException) -> Skipped:
    message = str(exc)
    name = visible(source)
    reason = message[len(name) + 2 :] if message.startswith(f"{name}: ") else message
    return Skipped(name, reason)


def _folder_files(folder: Path) -> Iterator[str]:
    """Every article file under `folder`, its subfolders included, in name order (hidden ones left out)."""
    from tui.sources.local import LIBRARY_SUFFIXES

    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in LIBRARY_SUFFIXES:
                yield os.path.join(root, name)


def list_inputs(specs: Sequence[str]) -> tuple[list[Item], list[Skipped]]:
    """What the inputs hold, in order, without reading any file: folders walked, feeds listed.

    A path named on the command line is tried whatever its ending; in a folder only article files
    (`.txt`, `.md`, `.html`, …) are taken. An input that cannot even be listed is skipped.
    """
    from tui.sources import Library, is_url, open_input
    from tui.sources.local import FEED_SUFFIXES

    items: list[Item] = []
    skipped: list[Skipped] = []
    for spec in specs:
        try:
            if is_url(spec) or Path(spec).suffix.lower() in FEED_SUFFIXES:
                result = open_input(spec)
                items.extend(result.items if isinstance(result, Library) else [result])
            elif Path(spec).is_dir():
                items.extend(_folder_files(Path(spec)))
            else:
                items.append(spec)
        except ArticleError as exc:
            skipped.append(_skip(spec, exc))
    return items, skipped


def item_name(item: Item) -> str:
    if isinstance(item, str):
        return visible(item)
    if isinstance(item, Article):
        return item.source
    return item.location or item.title


def load(item: Item) -> Article:
    """The article an item stands for; ArticleError with a one-line reason when it cannot be read."""
    from tui.sources import Library, load_item, open_input

    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        result = open_input(item)
        if isinstance(result, Library):
            raise ArticleError(f"{visible(item)}: is a feed or folder of {len(result.items)} articles")
        return result
    return load_item(item)
