"""The analysis process: started early by `tui.launch`, configured late, used or discarded."""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import pytest

from tui import cli
from tui.launch import opens_reader
from tui.service import AnalysisService

ARTICLE = """Dockers strike in Valparaíso

Dock workers in Valparaíso walked out on Tuesday, union leader Marta Soto said.
"""


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["article.txt"],
        ["-"],
        ["--no-cache", "a.txt", "b.txt"],
        ["--model", "en_core_web_sm", "a.txt"],
        ["--model=en_core_web_sm", "--theme", "textual-light"],
        ["--", "--json"],  # after "--" it is a file name
    ],
)
def test_arguments_that_open_the_reader(argv: list[str]):
    assert opens_reader(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["--json", "a.txt"],
        ["--js", "a.txt"],  # argparse takes abbreviations: anything unknown is not surely the reader
        ["--export", "md", "a.txt"],
        ["a.txt", "--help"],
        ["-h"],
        ["--version"],
        ["-j", "2", "a.txt"],
    ],
)
def test_arguments_that_may_not_open_the_reader(argv: list[str]):
    assert not opens_reader(argv)


def _how_it_ended(proc) -> int | None:
    """The child's exit code once it has ended (-9: killed), whichever kind of child it is."""
    proc.join(timeout=60)  # (a guard against a hang, not a measure: it is killed at once)
    assert not proc.is_alive()
    return proc.exitcode


def test_an_early_service_takes_its_model_late_and_analyses():
    service = AnalysisService().start(preload=False)
    try:
        service.configure(None)  # the default pipeline, chosen after the fork
        results = list(service.analyse("<test>", ARTICLE.splitlines()[0], ARTICLE))
        kind, (done, total, analysis) = results[-1]
        assert kind == "result" and done == total
        assert any(a.name == "Marta Soto" for a in analysis.actors)
    finally:
        service.stop()


def test_an_early_child_told_to_begin_then_analyses():
    service = AnalysisService().start(preload=False)
    try:
        service.begin()  # as the command does once its own imports are done: the child imports spaCy
        service.configure(None)
        kind, (done, total, analysis) = list(service.analyse("<test>", ARTICLE.splitlines()[0], ARTICLE))[-1]
        assert kind == "result" and done == total and any(a.name == "Marta Soto" for a in analysis.actors)
        service.begin()  # once the requests have their own thread: nothing more to say
    finally:
        service.stop()


def test_the_analysis_child_runs_below_the_interface_but_not_at_the_bottom():
    """The interface answers keys first (the child is niced), yet the child is not starved by every
    other program on a busy machine (at 19 a long text took 1.5 times `--json`'s time)."""
    import os

    from tui.worker import NICE

    service = AnalysisService().start(preload=False)
    try:
        service.configure(None)
        list(service.analyse("<test>", ARTICLE.splitlines()[0], ARTICLE))  # it has set its level by now
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        child = os.getpriority(os.PRIO_PROCESS, service._proc.pid)
        assert child == min(19, ours + NICE) and 0 < NICE < 19
    finally:
        service.stop()


def test_an_unknown_model_sent_late_is_a_one_line_error():
    service = AnalysisService().start(preload=False)
    try:
        service.configure("no_such_pipeline_xyz")
        results = list(service.analyse("<test>", "T", "T\n\nSome text."))
        kind, message = results[-1]
        assert kind == "error" and "no_such_pipeline_xyz" in message and "\n" not in message
    finally:
        service.stop()


def test_discard_ends_the_child_without_waiting_for_spacy():
    service = AnalysisService().start(preload=False)
    proc = service._proc
    service.discard()
    assert _how_it_ended(proc) == -signal.SIGKILL  # no polite wait for a child busy importing spaCy


def test_the_command_discards_an_early_child_it_cannot_use(tmp_path: Path):
    service = AnalysisService().start(preload=False)
    proc = service._proc
    assert cli.main([str(tmp_path / "missing.txt")], service=service) == cli.EXIT_USAGE
    assert _how_it_ended(proc) == -signal.SIGKILL


def test_stopping_a_child_that_was_never_asked_anything_is_immediate():
    service = AnalysisService().start(preload=False)
    proc = service._proc
    service.stop()
    assert _how_it_ended(proc) == -signal.SIGKILL  # killed, not asked and then joined for a second


def test_the_pipe_carries_large_messages_both_ways_and_ends_with_eof():
    import os

    from tui.worker import Pipe

    a_r, b_w = os.pipe()
    b_r, a_w = os.pipe()
    a, b = Pipe(a_r, a_w), Pipe(b_r, b_w)
    big = ("analyse", 1, "<test>", "T", "word " * 300_000)  # 1.5 MB: more than a pipe holds
    sender = threading.Thread(target=a.send, args=(big,))
    sender.start()
    assert b.recv() == big
    sender.join()
    assert not a.poll()
    b.send(("status", 1, "Analysing…"))
    assert a.poll(1.0) and a.recv() == ("status", 1, "Analysing…")
    b.close()
    assert a.poll(1.0)  # the end of the channel is readable …
    with pytest.raises(EOFError):  # … as the end of the messages
        a.recv()
    with pytest.raises(OSError):
        a.send(("stop",))  # nobody reads any more
    a.close()
    a.close()  # twice is harmless


def test_a_forked_worker_is_killed_and_reaped():
    import os

    from tui.worker import fork_worker

    proc, conn = fork_worker()
    assert proc.is_alive() and proc.exitcode is None
    proc.kill()
    assert _how_it_ended(proc) == -signal.SIGKILL
    with pytest.raises(ChildProcessError):  # reaped: no zombie left behind
        os.waitpid(proc.pid, os.WNOHANG)
    conn.close()


def test_a_whole_analysis_travels_in_small_pieces_and_comes_back_the_same(analyse):
    """The child sends a long analysis's lists pickled in pieces, so that unpickling it never holds
    the reader's interpreter for long; joined again, it is the analysis that was sent."""
    import pickle

    from tui.analysis.model import Analysis
    from tui.worker import PIECE, pack, unpack

    paragraph = 'Mayor Ana Ruiz said on Monday that Lisbon would vote. "We will win," she said.'
    analysis = analyse("Council vote\n\n" + "\n\n".join(f"{paragraph} ({i})" for i in range(300)))
    data = analysis.to_dict()
    assert len(data["entities"]) > PIECE  # long enough to be cut
    packed = pack(data)
    for key, blobs in packed["pieces"].items():
        sizes = [len(pickle.loads(blob)) for blob in blobs]
        assert max(sizes) <= PIECE and sum(sizes) == len(data[key])
        assert len(data[key]) > PIECE or max(sizes) == 1  # a short list: item by item
    assert len(packed["pieces"]["entities"]) > 1
    back = unpack(pickle.loads(pickle.dumps(packed)))
    assert back == data
    assert Analysis.from_dict(back).to_dict() == data
