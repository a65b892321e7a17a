"""The archive: every article the reader opened, its findings and the fact-checker's marks on them.

`store` (with its parts `schema`, `connection`, `articles`, `search`, `marks`, `records`) knows
SQLite and nothing of Textual; `verdicts`, `anchoring`, `similar` and `desk_export`
are plain data work that know neither; the screens that show all this live in `tui.screens`.
"""

from __future__ import annotations

import os
from pathlib import Path

#: names another archive file (tests and sandboxes use it; `--archive FILE` overrides it)
ENV_VAR = "NEWSREADER_ARCHIVE"


def default_archive_path() -> Path:
    """$NEWSREADER_ARCHIVE if set, else `archive.sqlite3` in the platform's user data folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("newsreader", appauthor=False) / "archive.sqlite3"
