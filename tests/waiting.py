"""Waiting for the app in Pilot tests: the analysis worker starts after the first paint."""

from __future__ import annotations


async def settle(app, pilot, rounds: int = 3) -> None:
    """Let every worker (opening, analysing) finish and the screen catch up; a worker may start
    another (a fetched page is then analysed), hence the rounds."""
    while not getattr(app, "first_paint_over", True):  # the analysis is asked for after it
        await pilot.pause(0.01)
    for _ in range(rounds):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()
