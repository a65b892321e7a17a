"""Shared fixtures: one real spaCy pipeline per test session (loading it takes about a second)."""

from __future__ import annotations

import pytest

from tui.analysis.analyze import analyze
from tui.analysis.model import Analysis


@pytest.fixture(scope="session")
def nlp():
    from tui.analysis.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def analyse(nlp):
    """Analyse a text written in a test: the first line is its headline."""

    def run(text: str) -> Analysis:
        title, _, _ = text.partition("\n")
        return analyze(nlp, "<test>", title, text)

    return run


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own analysis cache directory, never the user's."""
    monkeypatch.setenv("NEWSREADER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(autouse=True)
def private_config(tmp_path_factory, monkeypatch):
    """Every test has its own config file (absent at first), never the user's: a theme chosen in the
    app is written to it, and the reader in a tmux test inherits it."""
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path_factory.mktemp("config") / "config.toml"))


@pytest.fixture(scope="session")
def web():
    """A real HTTP server on 127.0.0.1 serving pages, feeds and misbehaviour (see tests/loopback.py)."""
    from tests.loopback import serving

    with serving() as server:
        yield server
