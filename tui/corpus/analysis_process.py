"""A single-threaded analysis process that a Dask worker hands its batches to.

Why not analyse in the worker itself: a Dask worker always runs two threads (its event loop and
the task's), and spaCy's parser takes and releases the GIL in its inner loop (a Cython exception
check inside each transition's validity test). With a second thread in the process, glibc makes
every lock operation an atomic instruction, and the event loop's wake-ups hand the GIL back and
forth; Dask's nanny also starts its workers with MALLOC_TRIM_THRESHOLD_=65536, which had the
parser's memory returned to the system and faulted in again ten times as often. Measured on 300
PolNeAR articles, the same analysis took about a third more CPU in two Dask workers than in two
`--jobs` processes (58 s against 44 s; here: 45 s, the pipeline's loading included). In a process of its own, with one thread and glibc's default trimming, it costs
what it costs under `--jobs`; the worker only passes batches and records along a pipe (pickled:
a few milliseconds against a second of analysis per batch).

The process is started with `subprocess` (a Dask worker is daemonic, and multiprocessing refuses
children to a daemonic process), loads the pipeline once, then answers batches one at a time
until its input is closed, which also happens when the worker dies.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from tui.worker import Pipe

#: Set for the analysis process unless set already (the corpus runs one thread per process).
_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


class AnalysisProcessError(RuntimeError):
    """The analysis process died or could not start (the batch's task raises: Dask retries it)."""


def child_environment() -> dict[str, str]:
    """The worker's environment without Dask's memory trimming (see the module's docstring), with
    one thread for the numerical libraries unless the user chose otherwise."""
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    for name in _ONE_THREAD:
        env.setdefault(name, "1")
    return env


class AnalysisProcess:
    """One analysis process: `analyse(batch)` sends a batch and waits for its records."""

    def __init__(self, model: str | None) -> None:
        self.model = model
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tui.corpus.analysis_process", model or ""],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=child_environment(),
        )
        # the pipes stay Popen's (closed in `close`); messages go over them as the reader's
        # analysis child frames them
        self.channel = Pipe(self.proc.stdout.fileno(), self.proc.stdin.fileno())
        try:
            ready = self.channel.recv()
        except (EOFError, OSError):
            self.close()
            raise AnalysisProcessError("the analysis process did not start") from None
        if ready != "ready":
            self.close()
            raise AnalysisProcessError(f"the analysis process could not load the pipeline: {ready}")

    def analyse(self, batch: list) -> list:
        try:
            self.channel.send(batch)
            return self.channel.recv()
        except (EOFError, OSError):
            self.close()
            raise AnalysisProcessError(
                f"the analysis process died (exit status {self.proc.returncode})"
            ) from None

    def alive(self) -> bool:
        return self.proc.poll() is None

    def close(self) -> None:
        """Close its input (it exits when its batch is done); kill it if it does not."""
        try:
            if self.proc.stdin:
                self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout:
            self.proc.stdout.close()


class AnalysisPool:
    """A worker's analysis processes: one per task running at once (one for a worker of one
    thread), started on demand and kept for the next batch."""

    def __init__(self, model: str | None) -> None:
        self.model = model
        self._idle: list[AnalysisProcess] = []
        self._all: list[AnalysisProcess] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start one process now (the pipeline loads while the worker waits for its first task)."""
        self._put(self._new())

    def _new(self) -> AnalysisProcess:
        process = AnalysisProcess(self.model)
        with self._lock:
            self._all.append(process)
        return process

    def _take(self) -> AnalysisProcess:
        with self._lock:
            while self._idle:
                process = self._idle.pop()
                if process.alive():
                    return process
        return self._new()

    def _put(self, process: AnalysisProcess) -> None:
        with self._lock:
            self._idle.append(process)

    def analyse(self, batch: list) -> list:
        process = self._take()
        try:
            records = process.analyse(batch)
        except BaseException:  # dead, or in an unknown state: the next batch gets a new one
            with self._lock:
                self._all.remove(process)
            process.close()
            raise
        self._put(process)
        return records

    def close(self) -> None:
        with self._lock:
            processes, self._all, self._idle = self._all, [], []
        for process in processes:
            process.close()


def serve(model: str | None, channel: Pipe) -> None:
    """The analysis process's loop: load the pipeline, say so, then one batch in, its records out."""
    import multiprocessing

    # like a --jobs worker: a long text's nlp.pipe starts no processes of its own here
    multiprocessing.current_process().daemon = True
    from tui.analysis.pipeline import PipelineError, load_pipeline
    from tui.corpus.execution import analyse_batch

    try:
        nlp = load_pipeline(model)
    except PipelineError as exc:
        channel.send(str(exc))
        return
    channel.send("ready")
    while True:
        try:
            channel.send(analyse_batch(nlp, channel.recv()))
        except (EOFError, BrokenPipeError):  # the worker closed the pipe, or died
            return


def main() -> None:
    import signal

    # Ctrl-C in the terminal reaches every process of the run: this one ends when the worker
    # closes its input (after the batch at hand), not with a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the pipe to the worker is this process's standard output as started; anything a library
    # prints goes to standard error instead of into the pipe
    out = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    model = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None
    serve(model, Pipe(0, out))


if __name__ == "__main__":
    main()
