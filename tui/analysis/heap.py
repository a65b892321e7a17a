"""How the C heap of a process that holds the pipeline is kept: glibc's `malloc` told to keep what
spaCy frees for the next text instead of giving it back to the system and asking for it again.

glibc returns the free top of its heap to the system whenever more than a threshold is free there,
and serves requests above another threshold with a fresh `mmap`; both thresholds start low and rise
as large blocks are freed. The parser's arrays are freed and asked for again for every text, so the
heap was given back and refilled over and over: of the 220,000 page faults of a `--json` run over 40
articles, 150,000 came from parsing, and how many depended on where the heap's top ended up, that
is on what else the process kept (the word lists the rules read since 06447c7 made it a half more).
With the top kept up to 64 MiB and blocks up to 4 MiB served from the heap, the run has 72,000 page
faults and under half the system time (the whole run's CPU time 0.97× in pairs). Larger `mmap`
thresholds cost more than they saved: a block reused from the heap is cleared by `calloc` in user
time, a fresh mapping comes cleared by the system. Other C libraries have no `mallopt`: nothing
changes there.
"""

from __future__ import annotations

import ctypes
import functools

#: glibc's `mallopt` parameters (malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: Blocks up to this size come from the heap (reused), larger ones from a fresh mapping.
MMAP_THRESHOLD = 4 * 1024 * 1024
#: This much free memory at the heap's top is kept for the next text.
TRIM_THRESHOLD = 64 * 1024 * 1024


@functools.cache
def keep_heap() -> bool:
    """Fix glibc's thresholds for the process (once); False where the C library has no `mallopt`."""
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the interpreter runs on (no `ldconfig` run)
    except (OSError, AttributeError, TypeError):  # (Windows has no C library to open by None)
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )
