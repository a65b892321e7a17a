"""The pipeline's process keeps its C heap (tui.analysis.heap): real glibc, no mocks."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from tui.analysis.heap import keep_heap

glibc = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")


@glibc
def test_keep_heap_sets_glibcs_thresholds_once() -> None:
    assert keep_heap() is True
    assert keep_heap() is True  # a second pipeline in the process changes nothing


@glibc
def test_a_process_that_keeps_its_heap_faults_less_for_memory_freed_and_asked_for_again() -> None:
    """Sixteen blocks of 1 MiB freed together and asked for again, as the parser's arrays are from
    text to text: with the thresholds fixed they are served from the heap kept, not from fresh pages
    (by default glibc gives the freed top of its heap back each time)."""
    script = """
import resource, sys
from tui.analysis.heap import keep_heap
if sys.argv[1] == "keep":
    keep_heap()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(50):
    blocks = [bytearray(1 << 20) for _ in range(16)]
    del blocks
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""
    faults = {
        how: int(
            subprocess.run(
                [sys.executable, "-c", script, how], capture_output=True, text=True, check=True
            ).stdout
        )
        for how in ("keep", "default")
    }
    assert faults["keep"] * 4 < faults["default"]
