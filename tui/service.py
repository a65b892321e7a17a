"""The analysis service: spaCy in a child process, so the interface and the language work run side by side.

The command forks the child first thing (`tui.launch`, with `tui.worker.fork_worker`), before
Textual is imported; told that the reader's imports are done (`begin`), the child loads spaCy on the
second core while the first paints the article, and the interface never competes with spaCy for the
interpreter lock. The app sends the article once it is
on screen (spaCy is still loading then). The child keeps its pipeline for later requests (opening
another article, reloading). Messages go back over a pipe:

    ("status", req, message) · ("highlights", req, done, total, [(start, end, label), …]) ·
    ("result", req, done, total, analysis-dict in pickled pieces: `tui.worker.pack`) · ("error", req, message)

A long article comes part by part: each part's entities (to highlight at once), then the whole
analysis with the last part (actors, quotes and claims need the whole text to be merged).

A request supersedes the one before: the child drops an analysis whose request is no longer the
newest. Nothing here imports Textual or spaCy in the parent.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from tui.worker import Forked, fork_worker, serve, unpack

if TYPE_CHECKING:
    from tui.worker import Channel


def _start_child(model: str | None) -> tuple[Any, Channel]:
    """Fork while the process has one thread (start-up); otherwise (forking a process with threads
    can copy a lock some thread holds) a clean forkserver child with spaCy preloaded, or a spawned one."""
    if hasattr(os, "fork") and threading.active_count() == 1:
        return fork_worker(model)
    import multiprocessing as mp

    methods = mp.get_all_start_methods()
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["tui.analysis.analyze"])
    else:
        ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=True)
    proc = ctx.Process(target=serve, args=(child, model), daemon=True, name="newsreader-analysis")
    with _real_std_streams():
        proc.start()
    child.close()
    return proc, parent


def _end(proc: Forked) -> None:
    if proc.is_alive():
        proc.kill()
        proc.join(timeout=1)


@contextlib.contextmanager
def _real_std_streams() -> Iterator[None]:
    """Textual swaps sys.stderr for a capture whose fileno() is -1, which the forkserver and the
    resource tracker pass on when they start: lend them a real file meanwhile."""
    saved = sys.stdout, sys.stderr
    spare = None
    try:
        for name in ("stdout", "stderr"):
            if not _has_fd(getattr(sys, name)):
                real = getattr(sys, f"__{name}__")
                if not _has_fd(real):
                    spare = spare or open(os.devnull, "w")  # noqa: SIM115 - closed below
                    real = spare
                setattr(sys, name, real)
        yield
    finally:
        sys.stdout, sys.stderr = saved
        if spare is not None:
            spare.close()


def _has_fd(stream: Any) -> bool:
    try:
        return stream is not None and stream.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        return False


class AnalysisService:
    """A child process that analyses articles on request; `start` it as early as possible."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model
        self.used = False  # handed to the reader (the command discards an early child that is not)
        self._model_pending = False
        self._threads_started = False
        self._conn: Channel | None = None
        self._proc: Any = None  # a `tui.worker.Forked` or a `multiprocessing.Process`
        self._next = 0
        self._lock = threading.Lock()
        self._queues: dict[int, queue.Queue[tuple[Any, ...]]] = {}
        self._requested: dict[int, tuple[str, str]] = {}  # request → (title, text) it asked for
        self._read_by: set[int] = set()  # requests an `analyse` call reads (each by one call only)
        self._outbox: queue.Queue[tuple[Any, ...] | None] | None = None

    @classmethod
    def adopt(cls, proc: Forked, conn: Channel) -> AnalysisService:
        """The service of a child forked before this module was imported (`tui.launch`); its
        pipeline is chosen later, with `configure`."""
        service = cls()
        service._attach(proc, conn)
        return service

    def _attach(self, proc: Any, conn: Channel) -> None:
        self._proc, self._conn = proc, conn
        self._outbox = queue.Queue()
        if isinstance(proc, Forked):  # as a daemon process would be, should nobody stop it
            atexit.register(_end, proc)

    def start(self, preload: bool = True) -> AnalysisService:
        """Start the child (and let it load the pipeline now, if `preload`)."""
        with self._lock:
            if self._proc is not None:
                return self
            self._attach(*_start_child(self.model))
        if preload:
            self._send(("load", self.model))
        return self

    def _start_threads(self) -> None:
        """The reader and the sender, started with the first message rather than at the fork: the
        command forks before the first paint and sends nothing until the app asks after it."""
        if self._threads_started or self._conn is None or self._outbox is None:
            return
        self._threads_started = True
        threading.Thread(
            target=self._read, args=(self._conn,), daemon=True, name="newsreader-results"
        ).start()
        threading.Thread(
            target=self._write, args=(self._conn, self._outbox), daemon=True, name="newsreader-requests"
        ).start()

    def configure(self, model: str | None) -> None:
        """Choose the pipeline of a service started before the arguments were read (`tui.launch`);
        the child learns it with the first message it gets."""
        self.model = model
        self._model_pending = True

    def begin(self) -> None:
        """Tell a child forked before the reader's imports that they are done (see `tui.worker.serve`).
        Sent from this thread while no other sends: a few bytes into an empty pipe, which never blocks."""
        if self._conn is not None and not self._threads_started:
            with contextlib.suppress(OSError, ValueError):
                self._conn.send(("begin",))

    def discard(self) -> None:
        """End a child that turned out not to be needed (the analysis was cached) without waiting:
        it is most likely still importing spaCy and would not read a polite request for a while."""
        with self._lock:
            # the pipe is held until the child is killed: closed first, an idle child would read its
            # end and exit by itself, racing the kill
            conn, proc, outbox = self._conn, self._proc, self._outbox
            self._conn = self._proc = self._outbox = None
        if outbox is not None:
            outbox.put(None)  # the sender ends; the reader ends on the pipe's end of file
        if proc is not None:
            proc.kill()
        del conn

    def _write(self, conn: Channel, outbox: queue.Queue[tuple[Any, ...] | None]) -> None:
        """Send requests in order from a thread of their own: a long article fills the pipe, and the
        child reads it only once it is done importing spaCy, so the sender must never be the UI."""
        while (message := outbox.get()) is not None:
            try:
                conn.send(message)
            except (OSError, ValueError):
                return

    def _send(self, message: tuple[Any, ...]) -> None:
        if self._outbox is not None:
            self._start_threads()
            if self._model_pending:
                self._model_pending = False
                self._outbox.put(("model", self.model))
            self._outbox.put(message)

    def _read(self, conn: Channel) -> None:
        """Route every message from the child to the queue of the request it answers."""
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                for q in list(self._queues.values()):
                    q.put(("error", None, "the analysis process stopped unexpectedly"))
                return
            q = self._queues.get(message[1])
            if q is not None:
                q.put(message)

    def request(self, source: str, title: str, text: str, store: tuple[str, str] | None = None) -> int:
        """Send a request now; its results wait until `analyse` asks for the same article (so a
        caller may ask before it is ready to take the results). `store`: (cache folder, key) under
        which the child writes the whole analysis to the on-disk cache (encoding a long article's
        analysis as JSON holds the interpreter for a tenth of a second: not in the reader's process)."""
        self.start(preload=False)
        with self._lock:
            return self._request(source, title, text, store)

    def _request(self, source: str, title: str, text: str, store: tuple[str, str] | None) -> int:
        """`request`, with the lock held: the number given and the message sent are in one order."""
        self._next += 1
        req = self._next
        self._queues[req] = queue.Queue()
        self._requested[req] = (title, text)
        if self._outbox is None:
            self._queues[req].put(("error", req, "the analysis process is not running"))
        self._send(("analyse", req, source, title, text, store))
        return req

    def analyse(
        self,
        source: str,
        title: str,
        text: str,
        store: tuple[str, str] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[tuple[str, Any]]:
        """Ask for an analysis and yield ("status", msg), ("highlights", (done, total, entities)),
        ("result", (done, total, Analysis)) or ("error", msg).

        A later call supersedes this one, and this iterator then simply ends. Each call reads a
        request of its own: an analysis already requested for this article (with `request`) is
        taken up only when no other call reads it. (Two calls sharing one once lost the analysis:
        the first to end, a worker cancelled as `]` moved on, took the request's messages away from
        the other, which waited for ever, and so did the reader's exit.)

        `cancelled` (a worker's `is_cancelled`): asked, under the lock, before the request is sent,
        so a worker cancelled for a newer article never supersedes that article's request; and
        while waiting, so a cancelled worker ends at once, not at the child's next message.
        """
        from tui.analysis.model import Analysis

        if cancelled is not None and cancelled():
            return
        self.start(preload=False)
        with self._lock:
            if cancelled is not None and cancelled():
                return
            req = self._next
            if self._requested.get(req) != (title, text) or req in self._read_by:
                req = self._request(source, title, text, store)
            self._read_by.add(req)
            q = self._queues[req]
        try:
            while req == self._next:
                if cancelled is not None and cancelled():
                    return
                try:
                    message = q.get(timeout=0.1)
                except queue.Empty:
                    if self._outbox is None:  # stopped (the reader is closing): nothing will come
                        yield "error", "the analysis process was stopped"
                        return
                    continue
                kind = message[0]
                if kind == "result":
                    done, total, data = message[2:]
                    yield "result", (done, total, Analysis.from_dict(unpack(data)))
                    if done >= total:
                        return
                elif kind == "highlights":
                    yield "highlights", (message[2], message[3], message[4])
                elif kind == "status":
                    yield "status", message[2]
                else:
                    yield "error", message[2]
                    return
        finally:
            with self._lock:
                self._queues.pop(req, None)
                self._requested.pop(req, None)
                self._read_by.discard(req)

    def stop(self) -> None:
        """End the child: asked to stop, then terminated if it has not within a second. It is a
        daemon, so it also ends with the reader."""
        if not self._threads_started:  # it was never sent anything: nobody would carry the request
            self.discard()
            return
        with self._lock:
            conn, proc, outbox = self._conn, self._proc, self._outbox
            self._conn = self._proc = self._outbox = None
        if outbox is not None:
            outbox.put(("stop",))
            outbox.put(None)  # and the sender thread ends
        if proc is not None:
            proc.join(timeout=1)
            if proc.is_alive():
                proc.terminate()
        if conn is not None:
            conn.close()
