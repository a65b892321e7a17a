"""Waiting for the app in Pilot tests: the analysis worker starts after the first paint."""

from __future__ import annotations


async def first_paint_over(app, pilot) -> None:
    """Wait until what waits for the first paint (the legend, the lists, the footer, the analysis
    request) has started: until then the layout may still change under a key press."""
    while not getattr(app, "first_paint_over", True):
        await pilot.pause(0.01)
    await pilot.pause()


async def settle(app, pilot, rounds: int = 3) -> None:
    """Let every worker (opening, analysing) finish and the screen catch up; a worker may start
    another (a fetched page is then analysed), hence the rounds."""
    await first_paint_over(app, pilot)  # the analysis is asked for after it
    for _ in range(rounds):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()
