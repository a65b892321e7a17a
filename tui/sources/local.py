"""Local inputs: files of any kind we read (their bytes, within a size limit), folders as libraries,
and standard input."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from tui.articles import Article, ArticleError, article_from_text
from tui.inert import visible
from tui.sources.encoding import decode_text

if TYPE_CHECKING:  # imported by the functions that make one: opening one file needs none
    from tui.sources.library import Library

#: Files above this size are refused rather than half-read: a news article is rarely over 1 MB, and a
#: bigger text is analysed progressively (paragraph chunks), so the limit only keeps out the absurd.
MAX_BYTES = 20 * 1024 * 1024

#: Suffixes opened when a folder is given.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
#: What a folder's library holds.
LIBRARY_SUFFIXES = (*ARTICLE_SUFFIXES, *HTML_SUFFIXES)

STDIN = "-"
STDIN_NAME = "<stdin>"


def _refusal(name: str, exc: BaseException) -> ArticleError:
    """The one-line message for an error met while opening a path."""
    if isinstance(exc, FileNotFoundError):
        return ArticleError(f"{name}: no such file")
    if isinstance(exc, PermissionError):
        return ArticleError(f"{name}: permission denied")
    if isinstance(exc, IsADirectoryError):
        return ArticleError(f"{name}: is a directory, not an article")
    if isinstance(exc, NotADirectoryError):
        return ArticleError(f"{name}: no such file (a part of the path is not a directory)")
    if isinstance(exc, ValueError):  # a NUL character in the path
        return ArticleError(f"{name}: is not a valid file name")
    strerror = getattr(exc, "strerror", None)
    return ArticleError(f"{name}: cannot be read ({visible(strerror or str(exc))})")


def stat_path(path: str | Path) -> os.stat_result:
    """The path's status, or ArticleError with the same one-line reasons as reading it."""
    try:
        return Path(path).stat()
    except (OSError, ValueError) as exc:
        raise _refusal(visible(str(path)), exc) from None


def read_file_bytes(path: str | Path) -> bytes:
    """A file's bytes, or ArticleError with a one-line reason (every local source reads through this).

    Only regular files are read: a FIFO would block for ever and a device such as /dev/zero never
    ends. The read itself stops at the size limit, in case the file grows after it was measured.
    """
    name = visible(str(path))
    info = stat_path(path)
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(f"{name}: is a directory, not an article")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(f"{name}: is not a regular file (a pipe, socket or device), not an article")
    if info.st_size > MAX_BYTES:
        raise ArticleError(
            f"{name}: is {_megabytes(info.st_size)}, over the {_megabytes(MAX_BYTES)} limit for one article"
        )
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise _refusal(name, exc) from None
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{name}: is over the {_megabytes(MAX_BYTES)} limit for one article")
    return data


def read_article(path: str | Path) -> Article:
    """Read and clean the text or Markdown article at `path`, or raise ArticleError with a one-line reason."""
    data = read_file_bytes(path)
    return article_from_text(
        decode_text(data, visible(str(path))),
        source=str(path),
        markdown=Path(path).suffix.lower() in (".md", ".markdown"),
    )


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


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
    """Make the terminal standard input for the app's keys when it is not already (the article was
    piped in, or standard input is /dev/null or closed); False if there is no terminal to read."""
    try:
        if os.isatty(0):
            return True
    except OSError:
        pass
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    if fd != 0:  # with standard input closed, the terminal was given descriptor 0 already
        os.dup2(fd, 0)
        os.close(fd)
    if sys.__stdin__ is None:  # Textual reads its keys through sys.__stdin__
        sys.stdin = sys.__stdin__ = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
    return True
