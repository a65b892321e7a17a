"""Local inputs: files of any kind we read, folders as libraries, and standard input."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from tui.articles import ARTICLE_SUFFIXES, MAX_BYTES, ArticleError, stat_path
from tui.inert import visible

if TYPE_CHECKING:  # imported by the functions that make one: opening one file needs none
    from tui.sources.library import Library

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
#: What a folder's library holds.
LIBRARY_SUFFIXES = (*ARTICLE_SUFFIXES, *HTML_SUFFIXES)

STDIN = "-"
STDIN_NAME = "<stdin>"


def check_path(spec: str) -> None:
    """Fail fast (before a screen changes) on a path that does not exist or cannot be opened."""
    p = Path(spec)
    stat_path(p)
    if not p.is_dir() and not os.access(p, os.R_OK):
        raise ArticleError(f"{visible(spec)}: permission denied")


def library_from_folder(path: str | Path) -> Library:
    """The articles in a folder (not its subfolders), in name order."""
    from tui.sources.library import Library, LibraryItem

    folder = Path(path)
    try:
        files = sorted(f for f in folder.iterdir() if f.suffix.lower() in LIBRARY_SUFFIXES and f.is_file())
    except OSError as exc:
        raise ArticleError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not files:
        kinds = ", ".join(LIBRARY_SUFFIXES)
        raise ArticleError(f"{visible(str(path))}: is a directory that holds no articles (no {kinds} files)")
    items = tuple(LibraryItem(title=f.name, location=str(f)) for f in files)
    return Library(source=str(path), title=folder.name or str(path), items=items)


def library_from_paths(specs: list[str]) -> Library:
    """Several inputs named on the command line; folders among them stand for their articles."""
    from tui.sources.library import Library, LibraryItem

    items: list[LibraryItem] = []
    for spec in specs:
        if spec != STDIN and Path(spec).is_dir():
            items.extend(library_from_folder(spec).items)
        else:
            items.append(LibraryItem(title=Path(spec).name if spec != STDIN else STDIN_NAME, location=spec))
    return Library(source=" ".join(specs), title=f"{len(items)} articles", items=tuple(items))


def stdin_is_piped(stream: BinaryIO | None = None) -> bool:
    """True when standard input is a pipe or a redirected file (not a terminal, not /dev/null)."""
    stream = stream if stream is not None else sys.stdin.buffer if sys.stdin else None
    if stream is None:
        return False
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def read_stdin(stream: BinaryIO | None = None) -> bytes:
    """All of standard input, refused past the same size limit as a file."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{STDIN_NAME}: is over the {MAX_BYTES // 1024 // 1024} MB limit for one article")
    return data


def reattach_terminal() -> bool:
    """After reading piped input, make the terminal standard input again so the app can read keys."""
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    os.dup2(fd, 0)
    os.close(fd)
    return True
