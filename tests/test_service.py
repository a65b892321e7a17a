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


def _drain(results, timeout: float = 120) -> list[tuple[str, object]]:
    """Everything an `analyse` iterator yields, read in a thread; AssertionError if it never ends
    (the guard is generous: the hang it catches is for ever, not slow)."""
    got: list[tuple[str, object]] = []
    reader = threading.Thread(target=lambda: got.extend(results), daemon=True)
    reader.start()
    reader.join(timeout)
    assert not reader.is_alive(), f"the analysis never ended; it yielded {got}"
    return got


def test_two_readers_of_one_article_never_share_a_request():
    """Issue 15, five quick `]`: a worker cancelled as the next article opened and the worker
    started for that article both asked for it. The second took up the first's request, the first
    (cancelled) let its messages go as it ended, and the second waited for ever: the article
    stayed at "Loading spaCy pipeline…" and the reader would not exit."""
    service = AnalysisService().start(preload=False)
    title = ARTICLE.splitlines()[0]
    try:
        service.configure(None)
        cancelled = service.analyse("<test>", title, ARTICLE)
        assert next(cancelled)[0] == "status"  # it is reading its request
        current = service.analyse("<test>", title, ARTICLE)
        first = next(current)  # the same article, asked while the other still reads
        cancelled.close()  # the cancelled worker ends
        kind, (done, total, analysis) = [first, *_drain(current)][-1]
        assert kind == "result" and done == total
        assert any(a.name == "Marta Soto" for a in analysis.actors)
    finally:
        service.stop()


def test_a_cancelled_reader_neither_asks_nor_waits():
    """A worker cancelled before it asked sends nothing (it would supersede the request of the
    article now on screen); one cancelled while it waits ends at once, not at the next message."""
    service = AnalysisService().start(preload=False)
    title = ARTICLE.splitlines()[0]
    try:
        service.configure(None)
        assert list(service.analyse("<test>", title, ARTICLE, cancelled=lambda: True)) == []
        assert service._next == 0  # no request was made
        flag = threading.Event()
        waiting = service.analyse("<test>", title, ARTICLE, cancelled=flag.is_set)
        assert next(waiting)[0] == "status"
        flag.set()
        rest = _drain(waiting, timeout=60)
        assert all(kind == "status" for kind, _ in rest)  # at most what had arrived, no result
        current = service.analyse("<test>", title, ARTICLE)  # the service goes on answering
        assert _drain(current)[-1][0] == "result"
    finally:
        service.stop()


def test_a_reader_waiting_when_the_service_stops_ends():
    """`q` while an analysis is awaited: the worker waiting for it ends, so the reader can exit."""
    service = AnalysisService().start(preload=False)
    title = ARTICLE.splitlines()[0]
    service.configure(None)
    waiting = service.analyse("<test>", title, ARTICLE)
    assert next(waiting)[0] == "status"
    service.stop()
    assert _drain(waiting, timeout=60)[-1][0] in ("error", "result")
