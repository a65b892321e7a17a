"""The analysis process's side: spaCy in a child, fed articles over a pair of pipes.

`fork_worker` is what the command calls first thing (`tui.launch`): it needs nothing but `os`, so
the fork copies a small process, not one that has imported `multiprocessing` and its imports
(pickle, sockets, temporary files), which took the reader 15 ms before it could fork. The child
then waits until the reader has done its own imports (`AnalysisService.begin`), and imports spaCy
while the reader starts its interface. The parent's side, `tui.service.AnalysisService`, talks to
the child through the `Pipe` returned here (or, when the app has threads and so must not fork,
through a `multiprocessing` connection to a forkserver child: both have `send`, `recv`, `poll`,
`close`).
"""

from __future__ import annotations

import gc
import os
import sys
import time

# Only what the interpreter has already loaded is imported at the top: this module is imported
# before the fork, and every import here would delay the child's start (and spaCy's). Even
# `typing` waits: type checkers read this name as `typing.TYPE_CHECKING`.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol

    class Channel(Protocol):
        """What the child and the service need of a connection (a `Pipe` or a multiprocessing one)."""

        def send(self, obj: Any) -> None: ...
        def recv(self) -> Any: ...
        def poll(self, timeout: float = 0.0) -> bool: ...
        def close(self) -> None: ...


#: The analysis child's nice level (its parsing processes inherit it). Against the interface (0) it
#: weighs a tenth, so a key is answered first when the cores are busy, and an idle core runs it at
#: full speed. At 19 it weighed a seventieth against anything else running: on a busy machine the
#: reader's analysis of a long text took 1.5 times as long as `--json` on the same text.
NICE = 10

#: Seconds the child waits for the reader's word that its imports are done before it imports spaCy
#: all the same (the word comes about 0.15 s after the start here).
START_WAIT = 1.0


class Pipe:
    """One end of a two-way channel over two OS pipes: each message pickled, after its length."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self._r = read_fd
        self._w = write_fd

    def send(self, obj: Any) -> None:
        import pickle

        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(len(data).to_bytes(8, "big") + data)
        while view:
            if self._w < 0:
                raise OSError("the channel is closed")
            view = view[os.write(self._w, view) :]

    def recv(self) -> Any:
        import pickle

        size = int.from_bytes(self._read(8), "big")
        return pickle.loads(self._read(size))

    def _read(self, size: int) -> bytes:
        buf = bytearray()
        while len(buf) < size:
            if self._r < 0:
                raise EOFError
            chunk = os.read(self._r, min(size - len(buf), 1 << 20))
            if not chunk:
                raise EOFError
            buf += chunk
        return bytes(buf)

    def poll(self, timeout: float = 0.0) -> bool:
        """Whether a message (or the end of the channel) is waiting to be read."""
        import select

        if self._r < 0:
            return False
        return bool(select.select([self._r], [], [], timeout)[0])

    def close(self) -> None:
        fds, self._r, self._w = (self._r, self._w), -1, -1
        for fd in fds:
            if fd >= 0:
                try:  # noqa: SIM105 - contextlib is not imported before the fork
                    os.close(fd)
                except OSError:
                    pass


class Forked:
    """A forked child, with the part of `multiprocessing.Process` the service uses."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self._ended = False
        #: As `multiprocessing.Process.exitcode`: None while it runs, -N if signal N ended it.
        self.exitcode: int | None = None

    def is_alive(self) -> bool:
        """Whether it still runs (and if not, it is reaped, so no zombie stays behind)."""
        if self._ended:
            return False
        try:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:  # reaped elsewhere: how it ended is not known
            pid, status = self.pid, None
        self._ended = pid != 0
        if self._ended and status is not None:
            self.exitcode = os.waitstatus_to_exitcode(status)
        return not self._ended

    def join(self, timeout: float | None = None) -> None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.is_alive() and (deadline is None or time.monotonic() < deadline):
            time.sleep(0.01)

    def kill(self) -> None:
        self._signal(9)  # SIGKILL (the signal module is not imported before the fork)

    def terminate(self) -> None:
        self._signal(15)  # SIGTERM

    def _signal(self, sig: int) -> None:
        if not self._ended:
            try:  # noqa: SIM105 - contextlib is not imported before the fork
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass


def fork_worker(model: str | None = None) -> tuple[Forked, Pipe]:
    """Fork the analysis child (call only while the process has one thread); OSError if it cannot."""
    to_child_r, to_child_w = os.pipe()
    from_child_r, from_child_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        for fd in (to_child_r, to_child_w, from_child_r, from_child_w):
            os.close(fd)
        raise
    if pid == 0:  # the child: serve, then leave without running the parent's exit handlers
        code = 1
        try:
            os.close(to_child_w)
            os.close(from_child_r)
            try:  # the terminal's keys are the reader's
                sys.stdin.close()
                sys.stdin = open(os.devnull)  # noqa: SIM115 - for the child's lifetime
            except (OSError, ValueError, AttributeError):
                pass
            serve(Pipe(to_child_r, from_child_w), model)
            code = 0
        finally:
            os._exit(code)
    os.close(to_child_r)
    os.close(from_child_w)
    return Forked(pid), Pipe(from_child_r, to_child_w)


def serve(conn: Channel, model: str | None) -> None:
    """The child: load the pipeline once, then analyse each request, newest first."""
    import contextlib
    import signal

    with contextlib.suppress(OSError, AttributeError):
        os.nice(NICE)
    with contextlib.suppress(ValueError, OSError):
        # a Ctrl+C typed before the interface takes the keys is for the reader, which ends us with it;
        # left to us it would print a traceback of spaCy's import across the screen
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The interface goes first. On two cores, a child busy importing spaCy slowed the reader's start
    # by 15-20%, whatever its priority (any busy process on the other core did, even one that only
    # counts in a loop at SCHED_IDLE). So the import waits for the reader's word that its imports
    # are done (any message: it is not read here), or START_WAIT at most.
    conn.poll(START_WAIT)
    with contextlib.suppress(Exception):  # the bulk of the wait: start it before the first request
        from tui.analysis.spacy_cli import import_spacy

        import_spacy()
    # The collector was off for that import (`tui.launch` turns it off before the fork), which
    # made it 40 ms faster; what it made is frozen out of the collector's view before it is turned
    # back on, or the first collection walks all of it (loading the pipeline then ran 60 ms slower).
    gc.freeze()
    gc.enable()
    nlp = None
    load_error = None
    pending: tuple[Any, ...] | None = None
    while True:
        if pending is None:
            try:
                pending = conn.recv()
            except (EOFError, OSError):
                return
        request, pending = pending, None
        if request[0] == "stop":
            return
        if request[0] == "begin":  # the reader's imports were done: the import above went ahead
            continue
        if request[0] == "model":  # ("model", pipeline name or None): started before the choice was known
            model = request[1]
            continue
        if request[0] == "load":  # ("load", pipeline name or None for the default)
            if nlp is None and load_error is None:
                model = request[1]
                nlp, load_error = _load(model)
            continue
        _, req, source, title, text, *rest = request
        store = rest[0] if rest else None
        try:
            if nlp is None and load_error is None:
                conn.send(("status", req, "Loading spaCy pipeline…"))
                nlp, load_error = _load(model)
            if load_error is not None:
                conn.send(("error", req, load_error))
                continue
            conn.send(("status", req, "Analysing…"))
            from tui.analysis.analyze import iter_parts

            # each part's highlights as it is parsed (a few hundred small tuples), the whole at the
            # end: the reader does no work that grows with what came before on each part
            for done, total, found, analysis in iter_parts(nlp, source, title, text):
                if conn.poll():  # a newer request: drop this one
                    pending = conn.recv()
                    if pending[0] in ("analyse", "stop"):
                        break
                    pending = None
                if analysis is None:
                    conn.send(("highlights", req, done, total, found))
                else:
                    if store is not None:  # first, so that the article is cached once it is shown
                        _store(store, analysis)
                    conn.send(("result", req, done, total, pack(analysis.to_dict())))
        except (BrokenPipeError, EOFError):
            return
        except Exception as exc:  # a bug in a rule must not kill the reader: say it in one line
            try:
                conn.send(
                    ("error", req, f"Analysis failed: {type(exc).__name__}: {exc}".splitlines()[0][:300])
                )
            except OSError:
                return


#: Items of a list pickled together when a whole analysis is sent (see `pack`).
PIECE = 500


def pack(data: dict[str, Any]) -> dict[str, Any]:
    """An analysis dict with its lists pickled in pieces (`unpack` rejoins them).

    Unpickling holds the interpreter lock for the whole call: the whole analysis of a
    100,000-word text in one message held the reader's for a tenth of a second, and a key pressed
    then waited for it. In pieces of at most PIECE items (one item for a short list, whose items,
    the actors with all their mentions, can be large) each call takes a few milliseconds.
    """
    import pickle

    plain, pieces = {}, {}
    for key, value in data.items():
        if isinstance(value, list) and value:
            step = PIECE if len(value) > PIECE else 1
            pieces[key] = [
                pickle.dumps(value[i : i + step], protocol=pickle.HIGHEST_PROTOCOL)
                for i in range(0, len(value), step)
            ]
        else:
            plain[key] = value
    return {"plain": plain, "pieces": pieces}


def unpack(packed: dict[str, Any]) -> dict[str, Any]:
    """The dict `pack` was given (run it in a worker thread, not the interface's)."""
    import pickle

    data = dict(packed["plain"])
    for key, blobs in packed["pieces"].items():
        data[key] = [item for blob in blobs for item in pickle.loads(blob)]
    return data


def _store(store: tuple[str, str], analysis: Any) -> None:
    """Write the analysis to the on-disk cache (folder, key): here, not in the reader's process."""
    from pathlib import Path

    from tui.cache import AnalysisCache

    AnalysisCache(Path(store[0])).put(store[1], analysis)


def _load(model: str | None) -> tuple[Any, str | None]:
    try:
        from tui.analysis.pipeline import PipelineError, load_pipeline
    except Exception as exc:
        return None, f"spaCy cannot be imported: {exc}".splitlines()[0]
    try:
        return load_pipeline(model), None
    except PipelineError as exc:
        return None, str(exc)
