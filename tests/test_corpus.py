"""`newsreader corpus`: one results file, resumable, bad files skipped, the same records whichever
executor ran them (this process, forked processes, a real Dask LocalCluster of two workers)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.corpus.execution import Forked, InProcess, Summary, run_corpus
from tui.corpus.inputs import list_inputs
from tui.corpus.results import ResultsWriter, done_hashes, read_results, text_hash

STORIES = [
    (
        "Harbour workers strike in Valparaíso",
        "Harbour workers in Valparaíso walked out on Tuesday, union leader Marta Soto said.\n\n"
        "“We will not go back until the port authority listens,” Soto said.",
    ),
    (
        "Council approves new cycle lanes",
        "The city council approved twelve kilometres of cycle lanes on Monday.\n\n"
        "“This is a good day for everyone who rides to work,” Mayor Tom Reyes said. "
        "Officials said the work would start in May.",
    ),
    (
        "Drought cuts the wheat harvest",
        "The wheat harvest will fall by a third this year, the farmers' union said on Friday.\n\n"
        "Sources close to the ministry said the government was preparing emergency aid. "
        "“We have never seen fields this dry,” farmer Ana Ruiz said. She said her well was empty.",
    ),
]


def write_corpus(folder: Path, copies: int = 1) -> list[Path]:
    """The stories as files (with `copies`, each again under another headline, so the texts differ)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(copies):
        for i, (title, body) in enumerate(STORIES):
            path = folder / f"{n:03d}-{i}.txt"
            path.write_text(f"{title}{' (' + str(n) + ')' if n else ''}\n\n{body}\n", encoding="utf-8")
            paths.append(path)
    return paths


def run_with(executor, folder: Path, out: Path, batch_size: int = 2) -> Summary:
    items, skips = list_inputs([str(folder)])
    summary = Summary(skipped=list(skips))
    with ResultsWriter(out) as writer:
        run_corpus(items, writer, done_hashes(out), executor, summary, batch_size=batch_size)
    executor.close()
    return summary


def records(path: Path) -> list[dict]:
    return list(read_results(path))


def test_every_article_once_with_its_hash(nlp, tmp_path):
    write_corpus(tmp_path / "in")
    out = tmp_path / "r.jsonl"
    summary = run_with(InProcess(nlp), tmp_path / "in", out)
    got = records(out)
    assert summary.analysed == 3 and not summary.skipped
    assert [r["title"] for r in got] == [t for t, _ in STORIES]
    assert all(r["hash"] == text_hash(r["text"]) for r in got)
    # the --json contract's keys are all there
    assert {
        "source",
        "title",
        "text",
        "model",
        "byline",
        "date",
        "entities",
        "actors",
        "quotes",
        "claims",
    } <= set(got[0])
    assert any(q["speaker_name"] == "Marta Soto" for q in got[0]["quotes"])


def test_a_rerun_skips_what_is_done_and_mends_a_cut_line(nlp, tmp_path):
    write_corpus(tmp_path / "in")
    out = tmp_path / "r.jsonl"
    run_with(InProcess(nlp), tmp_path / "in", out)
    whole = out.read_bytes()
    lines = whole.splitlines(keepends=True)
    # a run killed while writing its second record: one whole line and half of the next
    out.write_bytes(lines[0] + lines[1][: len(lines[1]) // 2])
    assert len(records(out)) == 1  # the cut line is not a record
    summary = run_with(InProcess(nlp), tmp_path / "in", out)
    assert (summary.analysed, summary.already) == (2, 1)
    assert out.read_bytes() == whole
    again = run_with(InProcess(nlp), tmp_path / "in", out)
    assert (again.analysed, again.already) == (0, 3)
    assert out.read_bytes() == whole


def test_bad_files_are_skipped_with_their_reason_and_the_run_goes_on(nlp, tmp_path):
    folder = tmp_path / "in"
    write_corpus(folder)
    (folder / "a-picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "b-empty.md").write_text("  \n\n", encoding="utf-8")
    (folder / "c-gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "d-nul.txt").write_bytes(b"text\x00with a NUL byte")
    (folder / "sub").mkdir()
    write_corpus(folder / "sub", copies=2)  # subfolders are walked; their copies differ by headline
    out = tmp_path / "r.jsonl"
    summary = run_with(InProcess(nlp), folder, out)
    reasons = {Path(s.source).name: s.reason for s in summary.skipped}
    assert set(reasons) == {"a-picture.txt", "b-empty.md", "c-gone.txt", "d-nul.txt"}
    assert "binary" in reasons["a-picture.txt"] and "binary" in reasons["d-nul.txt"]
    assert "empty" in reasons["b-empty.md"]
    assert reasons["c-gone.txt"]
    # the three stories of the folder and the first copy in sub/ are the same texts: analysed once
    assert (summary.analysed, summary.duplicates) == (6, 3)
    assert len(records(out)) == 6


def test_same_records_in_one_process_in_two_and_on_a_dask_cluster(nlp, tmp_path):
    write_corpus(tmp_path / "in", copies=3)
    one, two, dask = tmp_path / "one.jsonl", tmp_path / "two.jsonl", tmp_path / "dask.jsonl"
    run_with(InProcess(nlp), tmp_path / "in", one)
    run_with(Forked(nlp, 2), tmp_path / "in", two)
    from tui.corpus.cluster import OnDask

    cluster = OnDask("local", None, workers=2)
    assert len(cluster.client.scheduler_info()["workers"]) == 2
    # every worker started its analysis process (which loads the pipeline) through the plugin,
    # before any task; that process runs one thread, without Dask's memory trimming
    started = cluster.client.run(_analysis_processes)
    assert [len(p) for p in started.values()] == [1, 1]
    for (pid,) in started.values():
        assert len(os.listdir(f"/proc/{pid}/task")) == 1
        assert b"MALLOC_TRIM_THRESHOLD_=" not in Path(f"/proc/{pid}/environ").read_bytes()
    run_with(cluster, tmp_path / "in", dask)
    assert len(records(one)) == 9
    assert one.read_bytes() == two.read_bytes() == dask.read_bytes()


def test_parquet_holds_the_same_records_as_json_lines(nlp, tmp_path):
    write_corpus(tmp_path / "in")
    jsonl, parquet = tmp_path / "r.jsonl", tmp_path / "r.parquet"
    run_with(InProcess(nlp), tmp_path / "in", jsonl)
    run_with(InProcess(nlp), tmp_path / "in", parquet)
    assert records(parquet) == records(jsonl)
    import pyarrow.parquet as pq

    table = pq.read_table(parquet)  # the folder reads as one table
    assert table.num_rows == 3
    quotes = table.schema.field("quotes").type  # nested: a list of structs
    assert [f.name for f in quotes.value_type][:3] == ["start", "end", "text"]
    # a part a killed run was writing is not read, and the next run clears it and resumes
    (parquet / ".part-00009.tmp").write_bytes(b"PAR1 half a part")
    assert len(records(parquet)) == 3
    summary = run_with(InProcess(nlp), tmp_path / "in", parquet)
    assert (summary.analysed, summary.already) == (0, 3)
    assert not list(parquet.glob(".part-*"))


def corpus_command(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tui", "corpus", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        **kwargs,
    )


def test_a_run_killed_midway_leaves_a_readable_file_and_the_rerun_completes_it(tmp_path):
    write_corpus(tmp_path / "in", copies=12)  # 36 different texts
    out = tmp_path / "r.jsonl"
    proc = corpus_command(str(tmp_path / "in"), "--out", str(out), "--batch", "1")
    deadline = time.monotonic() + 120
    while (not out.exists() or out.read_bytes().count(b"\n") < 3) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    first = records(out)
    assert 3 <= len(first) < 36
    rerun = corpus_command(str(tmp_path / "in"), "--out", str(out))
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{36 - len(first)} analysed, {len(first)} already in the results" in err
    done = records(out)
    assert len(done) == 36 and len({r["hash"] for r in done}) == 36
    assert done[: len(first)] == first


def test_the_command_lists_skips_and_refuses_a_bad_results_name(tmp_path):
    write_corpus(tmp_path / "in")
    (tmp_path / "in" / "z.txt").write_bytes(b"\x7fELF\x02\x01")
    out = tmp_path / "r.jsonl"
    proc = corpus_command(str(tmp_path / "in"), str(tmp_path / "missing.txt"), "--out", str(out))
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "3 analysed" in err and "2 skipped" in err
    listed = [json.loads(line) for line in (tmp_path / "r.jsonl.skipped.jsonl").read_text().splitlines()]
    assert {Path(s["source"]).name for s in listed} == {"z.txt", "missing.txt"}
    bad = corpus_command(str(tmp_path / "in"), "--out", str(tmp_path / "r.csv"))
    _, err = bad.communicate(timeout=60)
    assert bad.returncode == 2
    assert err.strip().count("\n") == 0 and ".jsonl or .parquet" in err


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_results_of_a_killed_writer_are_readable(tmp_path, suffix):
    """Records are on disk as they are written (JSON Lines at once, Parquet by part), nothing half."""
    out = tmp_path / f"r{suffix}"
    writer = ResultsWriter(out)
    record = {"source": "s", "title": "t", "text": "t", "model": "m", "byline": "", "date": "", "hash": "h1"}
    for key in ("entities", "actors", "quotes", "claims"):
        record[key] = []
    writer.write(record)
    if suffix == ".parquet":
        writer._write_part()  # what the part timer does
    # no close: as if the process died here
    assert [r["hash"] for r in read_results(out)] == ["h1"]


def test_a_dask_worker_killed_midway_loses_no_article(nlp, tmp_path):
    """A worker process killed while batches are out: the scheduler hands its batches to the other
    (the nanny starts a new one), and every record comes back once, in order."""
    write_corpus(tmp_path / "in", copies=4)
    expected, got = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    run_with(InProcess(nlp), tmp_path / "in", expected)
    from tui.corpus.cluster import OnDask

    cluster = OnDask("local", None, workers=2)
    pids = cluster.client.run(os.getpid)
    killed: list[int] = []

    def kill_one(n: int) -> None:
        if not killed:
            victim = next(iter(pids.values()))
            killed.append(victim)
            os.kill(victim, signal.SIGKILL)

    items, _ = list_inputs([str(tmp_path / "in")])
    summary = Summary()
    try:
        with ResultsWriter(got) as writer:
            run_corpus(items, writer, set(), cluster, summary, kill_one, batch_size=1)
    finally:
        cluster.close()
    assert killed and summary.analysed == 12 and not summary.skipped
    assert got.read_bytes() == expected.read_bytes()


def _analysis_processes() -> list[int]:
    """In a Dask worker: the process ids of its analysis processes."""
    from tui.corpus import cluster

    return [p.proc.pid for pool in cluster._POOLS.values() for p in pool._all if p.alive()]


def test_a_dead_analysis_process_costs_a_retry_not_an_article(nlp, tmp_path):
    """The analysis process of a worker killed while batches are out: that batch's task raises and
    runs again (the worker starts a new analysis process); every record comes back once, in order."""
    write_corpus(tmp_path / "in", copies=4)
    expected, got = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    run_with(InProcess(nlp), tmp_path / "in", expected)
    from tui.corpus.cluster import OnDask

    cluster = OnDask("local", None, workers=2)
    children = [pid for pids in cluster.client.run(_analysis_processes).values() for pid in pids]
    killed: list[int] = []

    def kill_one(n: int) -> None:
        if not killed:
            killed.append(children[0])
            os.kill(children[0], signal.SIGKILL)

    items, _ = list_inputs([str(tmp_path / "in")])
    summary = Summary()
    try:
        with ResultsWriter(got) as writer:
            run_corpus(items, writer, set(), cluster, summary, kill_one, batch_size=1)
        now = [pid for pids in cluster.client.run(_analysis_processes).values() for pid in pids]
    finally:
        cluster.close()
    assert killed and summary.analysed == 12 and not summary.skipped
    assert got.read_bytes() == expected.read_bytes()
    assert len(now) == 2 and children[0] not in now


def test_dask_local_starts_a_worker_per_core(tmp_path, monkeypatch):
    """`--dask local` without --jobs: as many workers as this process has cores."""
    from tui.corpus import cluster, command

    seen: list[int] = []
    original = cluster.OnDask.__init__

    def recording(self, address, model, workers=2):
        original(self, address, model, workers)
        seen.append(len(self.client.scheduler_info()["workers"]))

    monkeypatch.setattr(cluster.OnDask, "__init__", recording)
    assert command.cores() == len(os.sched_getaffinity(0))
    monkeypatch.setattr(command, "cores", lambda: 2)  # not 64 pipelines on a large test machine
    write_corpus(tmp_path / "in")
    out = tmp_path / "r.jsonl"
    assert command.main([str(tmp_path / "in"), "--out", str(out), "--dask", "local", "--quiet"]) == 0
    assert seen == [2] and len(records(out)) == 3


def _worker_state() -> tuple[bool, str | None]:
    import multiprocessing
    import os

    return multiprocessing.current_process().daemon, os.environ.get("OMP_NUM_THREADS")


def test_a_jobs_worker_parses_alone(nlp, monkeypatch):
    """A `--jobs` worker is daemonic, so a long text's `nlp.pipe` starts no processes of its own on
    the cores the other workers use (tui.analysis.analyze._parse checks this)."""
    from tui.corpus.execution import Forked

    executor = Forked(nlp, 2)
    try:
        daemon, _ = executor.pool.submit(_worker_state).result(timeout=60)
    finally:
        executor.close()
    assert daemon


def test_the_corpus_command_runs_one_thread_per_process(tmp_path):
    """The numerical libraries' thread pools are set to one thread before they load (a setting of
    the user's stays): the corpus's parallelism is its processes."""
    import subprocess
    import sys

    code = (
        "import os, tui.corpus.command as c\n"
        "try:\n    c.main(['--jobs', '0', 'x', '--out', 'y.jsonl'])\nexcept SystemExit:\n    pass\n"
        "print(os.environ['OMP_NUM_THREADS'], os.environ['OPENBLAS_NUM_THREADS'], os.environ['MKL_NUM_THREADS'])"
    )
    env = {k: v for k, v in __import__("os").environ.items() if not k.endswith(("NUM_THREADS",))}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert out.stdout.split() == ["1", "1", "1"], out.stderr
    env["MKL_NUM_THREADS"] = "3"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert out.stdout.split() == ["1", "1", "3"], out.stderr


def test_a_small_corpus_goes_out_in_smaller_batches():
    """Every worker gets several batches, so the last round does not run on one worker alone."""
    from tui.corpus.execution import BATCH_SIZE, WINDOW_PER_WORKER, batch_size_for

    assert batch_size_for(2000, 2) == BATCH_SIZE
    assert batch_size_for(40, 2) == 40 // (2 * WINDOW_PER_WORKER)
    assert batch_size_for(3, 2) == 1 and batch_size_for(0, 1) == 1


def test_dask_with_a_pipeline_that_does_not_load_is_a_one_line_error(tmp_path, capsys):
    """The worker's analysis process cannot load the named pipeline: exit 2 with the reason, and
    no cluster left running."""
    from tui.corpus import command

    write_corpus(tmp_path / "in")
    out = tmp_path / "r.jsonl"
    argv = [
        str(tmp_path / "in"),
        "--out",
        str(out),
        "--dask",
        "local",
        "--jobs",
        "1",
        "--model",
        "en_no_such",
    ]
    assert command.main(argv) == 2
    err = capsys.readouterr().err
    assert "newsreader corpus: " in err and "en_no_such" in err and "not installed" in err
