"""The command's entry point: start the analysis process before anything else is imported.

Loading spaCy is most of the wait for an analysis. So when the arguments can only mean "open the
reader", the child is forked first, here, while the process is small and has one thread; it waits
while the command imports its modules (on two cores, a busy child slowed those by 15-20%), then
imports spaCy while the interface starts (see `tui.worker.serve`). If the analysis turns out to be
cached (or the input cannot be used), the child is discarded at once.

Start-up also runs without the garbage collector: importing Textual and our modules allocates
hundreds of thousands of objects that live as long as the process, and collecting over them on
the way to the first paint bought nothing but milliseconds. The app turns it back on (and freezes
what start-up made) after its first paint; the child does so once it has imported spaCy (see
`tui.worker.serve`).
"""

from __future__ import annotations

import gc
import sys

TYPE_CHECKING = False  # as in `tui.worker`: nothing imported before the fork that need not be
if TYPE_CHECKING:
    from collections.abc import Sequence

#: Options that leave the command in the reader; anything else (--json, --export, --help, --version,
#: or an abbreviation argparse would accept) means the child might not be wanted: no early start.
_READER_FLAGS = frozenset({"--no-cache"})
_READER_OPTIONS = frozenset({"--model", "--theme"})


def opens_reader(argv: Sequence[str]) -> bool:
    """Whether these arguments surely open the reader (and so will want the analysis process)."""
    if argv and argv[0] in ("corpus", "voices"):  # tui.cli.SUBCOMMANDS: no reader
        return False
    args = iter(argv)
    for arg in args:
        if arg == "--":
            return True
        if arg in _READER_OPTIONS:
            next(args, None)
        elif arg.split("=", 1)[0] in _READER_OPTIONS or arg in _READER_FLAGS:
            continue
        elif arg.startswith("-") and arg != "-":
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    service = None
    if opens_reader(args):
        gc.disable()
        from tui.worker import fork_worker

        try:
            child = fork_worker()
        except OSError:  # no fork here (a process limit): the app starts one when it needs it
            child = None
        if child is not None:
            from tui.service import AnalysisService

            service = AnalysisService.adopt(*child)
    from tui.cli import main as run

    return run(args, service=service)
