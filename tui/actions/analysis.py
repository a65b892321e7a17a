"""The analysis of the article on screen: from the cache at once, else from the analysis process."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from tui.cache import pipeline_identity
from tui.inert import one_line
from tui.service import AnalysisService

if TYPE_CHECKING:  # made from the cache's or the service's data, after the first paint
    from tui.analysis.model import Analysis


class AnalysisMixin:
    """Ask for the analysis and put it (partial, then whole) on screen."""

    #: the analysis process was started before it was known whether the first article is cached
    _service_unconfirmed = False

    def _cache_key(self) -> str | None:
        if self.cache is None:
            return None
        pipeline = pipeline_identity(self.model_name)
        return None if pipeline is None else self.cache.key(self.article.title, self.article.text, pipeline)

    def open_analysis(self) -> None:
        """Show the current article's analysis: from the cache at once if it is there, else from spaCy."""
        key = self._cache_key()
        cached = self.cache.get(key, self.article.source) if self.cache is not None and key else None
        if cached is not None:
            if self._service_unconfirmed and self.service is not None:
                # forked by the command for a long text it could not look up before it was read
                # whole: not needed after all (as the command decides at once for a shorter one)
                self.service.discard()
                self.service = None
            self._service_unconfirmed = False
            self.show_analysis(cached)
            return
        self._service_unconfirmed = False
        self.status.say("Loading spaCy pipeline…")
        # after the paint: the worker and the service's threads would otherwise compete with it
        self.after_first_paint(lambda: self.analyse(key))

    # --- analysis (worker thread) -----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self, cache_key: str | None = None) -> None:
        """Ask the analysis process for the article and post each partial result to the UI.

        The process keeps its pipeline, so only the first article of a session waits for spaCy.
        Whatever goes wrong in here ends as a message in the status bar: the article stays on screen
        and every key that does not need the analysis works.
        """
        try:
            self._analyse(cache_key)
        except Exception as exc:
            self._post(self._analysis_failed, f"Analysis failed: {type(exc).__name__}: {exc}")

    def _analysis_failed(self, message: str) -> None:
        """The status line says why; the lists, if nothing arrived, say so instead of "analysing…"."""
        self.status.say(one_line(message)[:300], "$error")
        if self.analysis is None:
            self.side.clear("no findings: the analysis failed (see the status line)")

    def _analyse(self, cache_key: str | None) -> None:
        worker = get_current_worker()
        if self.service is None:
            self.service = AnalysisService(self.model_name).start(preload=False)
        a = self.article
        next_show = 0.0
        for kind, payload in self.service.analyse(a.source, a.title, a.text):
            if worker.is_cancelled:
                return
            if kind == "status":
                self._post(self.status.say, payload)
            elif kind == "error":
                self._post(self._analysis_failed, payload)
            elif kind == "progress":
                self._post(self.show_progress, *payload)
            else:
                done, total, analysis = payload
                # a partial result costs the UI more as it grows (a 5 MB article has thousands of rows):
                # after showing one, wait five times as long as it took before showing the next, and in
                # between only move the progress bar, so the interface stays free most of the time
                started = time.monotonic()
                if done >= total or started >= next_show:
                    self._post(self.show_analysis, analysis, done, total)
                    next_show = time.monotonic() + 5 * (time.monotonic() - started)
                else:
                    self._post(self.show_progress, done, total)
                if done >= total and cache_key is not None and self.cache is not None:
                    self.cache.put(cache_key, analysis)

    def _fill_lists(self, analysis: Analysis) -> None:
        if self.analysis is analysis:  # not overtaken by a newer analysis meanwhile
            self.side.show(analysis)

    def show_progress(self, done: int, total: int) -> None:
        """Move the progress bar between partial results."""
        self.status.progress(done, total)
        self.status.say(f"Analysing… part {done} of {total}")

    def show_analysis(self, analysis: Analysis, done: int = 1, total: int = 1) -> None:
        """Put an analysis (partial or whole) on screen, unless it belongs to an article no longer shown."""
        if analysis.text != self.article.text:
            return
        self.analysis = analysis
        self.analysis_complete = done >= total
        self.article_view.set_entities([(e.start, e.end, e.label) for e in analysis.entities])
        # the highlights and the summary first; the lists (rows for every actor, quote and claim)
        # in the frame after, so the summary is on screen one frame sooner
        self.call_after_refresh(self._fill_lists, analysis)
        self.status.progress(done, total)
        if done < total:
            self.status.say(f"Analysing… part {done} of {total}")
        else:
            self.status.say(analysis.summary())
            self.note_library_counts(analysis.summary())
