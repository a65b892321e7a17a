"""The corpus on a Dask distributed cluster: the same pure analysis, on other machines' cores.

Each worker starts, through a worker plugin (also on workers that join later), a single-threaded
analysis process that loads the spaCy pipeline once (`tui.corpus.analysis_process`); batches of
articles go out as tasks and their records come back to this process, which writes them in input
order. A worker that dies takes its batch with it: the scheduler hands the
batch to another worker (up to `distributed.scheduler.allowed-failures` times), and a batch whose
task raised is retried `RETRIES` times, so a lost worker costs time, not articles.

Workers need newsreader installed (the same version): tasks name functions of this module, which
the workers import.
"""

from __future__ import annotations

import logging
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin

from tui.corpus.analysis_process import AnalysisPool
from tui.corpus.execution import Job

#: A batch whose task raised (not a dead worker: the scheduler reschedules those itself) runs again
#: this many times before the run stops with the error.
RETRIES = 2
PLUGIN_NAME = "newsreader-pipeline"

#: Settings of `--dask local`'s processes. Dask's event loops wake up often for things a batch
#: run does not use: the dashboard's stack sampling every 10 ms (and no dashboard is started), the
#: loop's health tick every 20 ms, memory checks every 100 ms and system figures every 500 ms. Each
#: wake-up costs CPU in the workers and in this process (which also runs the scheduler and the
#: nannies); over 300 articles these settings took the Dask processes' own CPU from 6.4 s to 3.6 s
#: (the analysis itself: 45 s). A worker of another cluster takes them as environment variables
#: (README: "On a cluster").
QUIET_LOCAL = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.disk": False,
}

#: This worker process's analysis processes, by model name (None: the default pipeline).
_POOLS: dict[str | None, AnalysisPool] = {}


def worker_pool(model: str | None) -> AnalysisPool:
    """The analysis processes of this worker, started on first use (the plugin does it at start)."""
    if model not in _POOLS:
        _POOLS[model] = AnalysisPool(model)
        _POOLS[model].start()
    return _POOLS[model]


class PipelinePlugin(WorkerPlugin):
    """Starts the worker's analysis process, which loads the spaCy pipeline once, when the worker
    starts (not in each task); stops it with the worker."""

    name = PLUGIN_NAME

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        worker_pool(self.model)

    def teardown(self, worker: Any) -> None:
        pool = _POOLS.pop(self.model, None)
        if pool is not None:
            pool.close()


def analyse_on_worker(batch: list[Job], model: str | None) -> list[dict[str, Any] | str]:
    """The task: one batch's records, from one of the worker's single-threaded analysis processes
    (`tui.corpus.analysis_process` says why not in the worker's own thread)."""
    return worker_pool(model).analyse(batch)


class OnDask:
    """`--dask ADDRESS` (a scheduler such as tcp://10.0.0.5:8786) or `--dask local` (a LocalCluster
    of `workers` processes here, one thread each). A worker runs one analysis process per thread,
    so on another cluster `--nworkers 8 --nthreads 1` and `--nworkers 1 --nthreads 8` both analyse
    eight batches at once."""

    def __init__(self, address: str, model: str | None, workers: int = 2) -> None:
        self.model = model
        self.cluster: LocalCluster | None = None
        if address == "local":
            import dask

            dask.config.set(QUIET_LOCAL)
            self.cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        else:
            self.client = Client(address, timeout=30)
        try:
            self.client.register_plugin(PipelinePlugin(model), name=PLUGIN_NAME)
        except BaseException:  # a pipeline that does not load, say: no cluster left behind
            self.close()
            raise
        info = self.client.scheduler_info()
        self.workers = max(1, sum(w.get("nthreads", 1) for w in info.get("workers", {}).values()))

    def submit(self, batch: list[Job]) -> Any:
        # pure=False: two batches with the same texts are still two tasks
        return self.client.submit(analyse_on_worker, batch, self.model, pure=False, retries=RETRIES)

    def result(self, handle: Any) -> list[dict[str, Any] | str]:
        return handle.result()

    def worker_memory(self) -> dict[str, int]:
        """Each worker's peak resident memory in bytes (for the benchmark and the summary)."""
        return self.client.run(_peak_rss)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _peak_rss() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
