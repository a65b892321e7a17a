"""The corpus on a Dask distributed cluster: the same pure analysis, on other machines' cores.

Each worker loads the spaCy pipeline once, through a worker plugin (also on workers that join
later); batches of articles go out as tasks and their records come back to this process, which
writes them in input order. A worker that dies takes its batch with it: the scheduler hands the
batch to another worker (up to `distributed.scheduler.allowed-failures` times), and a batch whose
task raised is retried `RETRIES` times, so a lost worker costs time, not articles.

Workers need newsreader installed (the same version): tasks name functions of this module, which
the workers import.
"""

from __future__ import annotations

import logging
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin

from tui.corpus.execution import Job, analyse_batch

#: A batch whose task raised (not a dead worker: the scheduler reschedules those itself) runs again
#: this many times before the run stops with the error.
RETRIES = 2
PLUGIN_NAME = "newsreader-pipeline"

#: Pipelines loaded in this worker process, by model name (None: the default pipeline).
_PIPELINES: dict[str | None, Any] = {}


def worker_pipeline(model: str | None) -> Any:
    """The pipeline of this worker process, loaded on first use (the plugin does it at start)."""
    if model not in _PIPELINES:
        from tui.analysis.pipeline import load_pipeline

        _PIPELINES[model] = load_pipeline(model)
    return _PIPELINES[model]


class PipelinePlugin(WorkerPlugin):
    """Loads the spaCy pipeline once when the worker starts, not in each task."""

    name = PLUGIN_NAME

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        worker_pipeline(self.model)


def analyse_on_worker(batch: list[Job], model: str | None) -> list[dict[str, Any] | str]:
    """The task: one batch's records, with the worker's pipeline."""
    return analyse_batch(worker_pipeline(model), batch)


class OnDask:
    """`--dask ADDRESS` (a scheduler such as tcp://10.0.0.5:8786) or `--dask local` (a LocalCluster
    of `workers` processes here, one thread each: spaCy's parser holds the GIL)."""

    def __init__(self, address: str, model: str | None, workers: int = 2) -> None:
        self.model = model
        self.cluster: LocalCluster | None = None
        if address == "local":
            import dask

            # Each worker samples its running thread's stack every 10 ms for the dashboard's
            # profile (which --dask local does not start): CPU taken from the analysis.
            dask.config.set({"distributed.worker.profile.enabled": False})
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
        self.client.register_plugin(PipelinePlugin(model), name=PLUGIN_NAME)
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
