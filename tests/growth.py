"""How the time of some work grows with its input, measured side by side in one run.

Tests assert no wall-clock time (a shared CI machine can be slow at any moment); where the point is
that work grows linearly, they time the work on an input of size n and of size 4n, alternately, and
compare the two: linear work takes about 4 times as long, quadratic work 16 times.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

#: Between linear (4) and quadratic (16) growth for a 4-fold input, with room for noise.
LINEAR_AT_4N = 8.0


def growth(work: Callable[[Any], object], small: Any, large: Any, rounds: int = 3) -> float:
    """The time of `work(large)` over that of `work(small)`, each the fastest of `rounds` tries taken
    in turn (a slow moment then spoils one try, not the comparison)."""
    fastest = {"small": float("inf"), "large": float("inf")}
    for _ in range(rounds):
        for name, arg in (("small", small), ("large", large)):
            started = time.perf_counter()
            work(arg)
            fastest[name] = min(fastest[name], time.perf_counter() - started)
    return fastest["large"] / fastest["small"]
