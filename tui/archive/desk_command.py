"""`newsreader desk export …`: the desk's half of `tui.archive.command`, by the name `tui.cli` looks up."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str]) -> int:
    from tui.archive.command import run

    return run(["desk", *argv])
