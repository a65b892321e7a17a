"""A long article analysed part by part: each part's highlights, then the whole analysis once."""

from __future__ import annotations

from tui.analysis.analyze import analyze, chunks, iter_parts
from tui.service import AnalysisService

PARAGRAPH = "The council met on Monday. Mayor Ana Ruiz said the budget would grow by 4 percent."


def long_text(paragraphs: int = 600) -> str:
    return "Budget day\n\n" + "\n\n".join(f"{PARAGRAPH} ({i})" for i in range(paragraphs))


def test_parts_carry_their_own_highlights_and_the_last_the_whole_analysis(nlp):
    text = long_text()
    steps = list(iter_parts(nlp, "<long>", "Budget day", text))
    pieces = chunks(text)
    assert [d for d, *_ in steps] == list(range(1, len(pieces) + 1)) and len(pieces) > 1
    assert all(a is None for *_, a in steps[:-1]) and steps[-1][3] is not None
    for (offset, piece), (_, _, found, _) in zip(pieces, steps, strict=True):
        assert found and all(offset <= s < e <= offset + len(piece) for s, e, _ in found)  # this part's
    whole = analyze(nlp, "<long>", "Budget day", text)
    assert steps[-1][3].to_dict() == whole.to_dict()  # the same as the command line's analysis
    highlighted = {(s, e) for *_, found, _ in steps for s, e, _ in found}
    assert {(e.start, e.end) for e in whole.entities} <= highlighted  # nothing waits for the end


def test_the_service_sends_highlights_part_by_part_then_the_result():
    text = long_text()
    service = AnalysisService().start(preload=False)
    try:
        kinds = [kind for kind, _ in service.analyse("<long>", "Budget day", text)]
    finally:
        service.stop()
    assert kinds[-1] == "result" and kinds.count("result") == 1
    assert kinds.count("highlights") == len(chunks(text)) - 1


def test_the_analysis_process_writes_the_cache_before_it_sends_the_result(tmp_path):
    """The reader's process never encodes a long analysis as JSON (it held the interpreter while
    keys waited): the child stores it, and it is there once the result arrives."""
    from tui.cache import AnalysisCache

    text = long_text(50)
    service = AnalysisService().start(preload=False)
    try:
        steps = list(service.analyse("<long>", "Budget day", text, (str(tmp_path), "ab" * 32)))
        kind, (_, _, analysis) = steps[-1]
        assert kind == "result"
        cached = AnalysisCache(tmp_path).get("ab" * 32, "<long>")
    finally:
        service.stop()
    assert cached is not None and cached.to_dict() == analysis.to_dict()


def test_a_long_text_is_parsed_in_two_processes_only_when_a_core_is_idle():
    """A second parsing process pays when it gets a core of its own; on a busy machine it only adds
    its cost. A short text is parsed in this process whatever the machine."""
    import os

    import pytest

    from tui.analysis.analyze import IDLE_FOR_PARALLEL, PARALLEL_CHUNKS, idle_cores, parse_processes

    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: always one process")
    long = PARALLEL_CHUNKS + 10
    assert parse_processes(long, idle=2.0) == 2
    assert parse_processes(long, idle=IDLE_FOR_PARALLEL) == 2
    assert parse_processes(long, idle=0.0) == 1  # every core busy
    assert parse_processes(long, idle=IDLE_FOR_PARALLEL / 2) == 1
    assert parse_processes(PARALLEL_CHUNKS - 1, idle=2.0) == 1  # too short to be worth a process
    assert 0.0 <= idle_cores(0.02) <= os.cpu_count()


def test_a_long_text_parsed_in_one_process_or_two_gives_the_same_analysis(nlp, monkeypatch):
    from tui.analysis import analyze as analysis

    text = long_text(6 * analysis.CHUNK_CHARS // len(PARAGRAPH) + 50)
    assert len(chunks(text)) >= analysis.PARALLEL_CHUNKS
    monkeypatch.setattr(analysis, "idle_cores", lambda: 0.0)
    alone = analyze(nlp, "<long>", "Budget day", text).to_dict()
    monkeypatch.setattr(analysis, "idle_cores", lambda: 2.0)
    assert analyze(nlp, "<long>", "Budget day", text).to_dict() == alone
