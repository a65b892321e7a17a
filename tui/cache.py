"""The on-disk analysis cache: re-opening an article shows its analysis without loading spaCy.

An entry is keyed by the article's title and text, the pipeline (name and installed version) and
a fingerprint of the analysis code itself (a hash of the source files of `tui/analysis`), so a
changed rule never serves a stale result. Entries are JSON written to a temporary file and renamed
into place, so two instances writing at once never leave a broken entry; a corrupt or truncated
entry is ignored (and removed); a cache directory that cannot be created or written means running
without a cache, never failing.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui import __version__

if TYPE_CHECKING:  # imported by `get` when there is something to read
    from tui.analysis.model import Analysis

_ANALYSIS_DIR = Path(__file__).resolve().parent / "analysis"


def _sha256(data: bytes = b"") -> Any:
    """hashlib, imported when a hash is needed: its OpenSSL start-up costs the reader a few
    milliseconds on the way to the first paint, and `--no-cache` needs no hash at all."""
    import hashlib

    return hashlib.sha256(data)


@cache
def code_fingerprint() -> str:
    """A hash of the analysis code: every .py file under tui/analysis, in name order."""
    return fingerprint_of(_ANALYSIS_DIR)


def fingerprint_of(folder: Path) -> str:
    """A hash of the package version and every .py file under `folder` (its path there and its bytes).

    Apart from `code_fingerprint` so that a test can hash a copy of the sources and change it."""
    h = _sha256(__version__.encode())
    for path in sorted(folder.rglob("*.py")):
        for part in (path.relative_to(folder).as_posix().encode(), path.read_bytes()):
            h.update(part)
            h.update(b"\x00")
    return h.hexdigest()[:16]


def pipeline_identity(name: str | None) -> str | None:
    """`name==version` of the pipeline that would be loaded, found without importing spaCy.

    None when it cannot be told (not installed): then nothing is cached.
    """
    if name is None:
        from tui.analysis.pipeline_names import default_pipeline_name

        name = default_pipeline_name()
        if name is None:
            return None
    path = Path(name)
    if path.is_dir():  # a pipeline loaded from a folder: its meta.json says what it is
        try:
            meta = path.joinpath("meta.json").read_bytes()
        except OSError:
            return None
        return f"{path.resolve()}#{_sha256(meta).hexdigest()[:12]}"
    spec = importlib.util.find_spec(name)
    if spec is None:
        return None
    return f"{name}=={_installed_version(spec.submodule_search_locations)}"


def _installed_version(locations: object) -> str:
    """The pipeline package's meta.json (`NAME-VERSION/meta.json` inside it), hashed: cheaper than
    importing importlib.metadata on the way to the first paint, and it changes with any new build."""
    for folder in list(locations or []):
        try:
            for entry in sorted(os.scandir(folder), key=lambda e: e.name):
                meta = Path(entry.path) / "meta.json"
                if entry.is_dir() and meta.is_file():
                    return f"{entry.name}#{_sha256(meta.read_bytes()).hexdigest()[:12]}"
        except OSError:
            continue
    return "?"


def default_cache_dir() -> Path:
    """The user cache directory (NEWSREADER_CACHE_DIR overrides it, for tests and sandboxes)."""
    override = os.environ.get("NEWSREADER_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsreader", appauthor=False)) / "analyses"


class AnalysisCache:
    """Get and put analyses by article text and pipeline; every failure is a miss, never an error."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_cache_dir()

    def key(self, title: str, text: str, pipeline: str) -> str:
        h = _sha256()
        for part in (code_fingerprint(), pipeline, title, text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        """Whether an entry exists (without reading it)."""
        return self._path(key).is_file()

    def get(self, key: str, source: str) -> Analysis | None:
        """The cached analysis (with `source` set to the path it was opened from), or None."""
        path = self._path(key)
        try:
            import json

            from tui.analysis.model import Analysis

            data = json.loads(path.read_text(encoding="utf-8"))
            analysis = Analysis.from_dict(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            with contextlib.suppress(OSError):  # truncated or corrupt: drop it so it is rebuilt
                path.unlink()
            return None
        analysis.source = source
        return analysis

    def put(self, key: str, analysis: Analysis) -> bool:
        """Store an analysis atomically; False when the cache cannot be written."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            import json
            import tempfile  # writing happens in a worker, after the first paint

            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(
                        analysis.to_dict(), f, separators=(",", ":")
                    )  # ASCII: a stray surrogate is safe
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except (OSError, ValueError):
            return False
        return True
