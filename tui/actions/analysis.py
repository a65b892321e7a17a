"""The analysis of the article on screen: from the cache at once, else from the analysis process."""

from __future__ import annotations

from contextlib import closing
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from tui.cache import pipeline_identity
from tui.inert import one_line
from tui.service import AnalysisService
from tui.widgets.article_view import entity_spans

if TYPE_CHECKING:  # made from the cache's or the service's data, after the first paint
    from tui.analysis.model import Analysis
    from tui.articles import Article


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
        article = self.article
        self.after_first_paint(lambda: self._analyse_if_shown(article, key))

    def _analyse_if_shown(self, article: Article, cache_key: str | None) -> None:
        """Start the analysis of `article` unless another was shown meanwhile (`]` pressed quickly),
        which asked for its own: the worker is given the article and the cache key made for it,
        never whatever is on screen by the time its thread runs (which once analysed one article
        twice, and would have cached one article's analysis under another's key)."""
        if article is self.article:
            self.analyse(article, cache_key)

    # --- analysis (worker thread) -----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self, article: Article, cache_key: str | None = None) -> None:
        """Ask the analysis process for the article and post each partial result to the UI.

        The process keeps its pipeline, so only the first article of a session waits for spaCy.
        Whatever goes wrong in here ends as a message in the status bar: the article stays on screen
        and every key that does not need the analysis works.
        """
        try:
            self._analyse(article, cache_key)
        except Exception as exc:
            self._post(self._analysis_failed, f"Analysis failed: {type(exc).__name__}: {exc}")

    def _analysis_failed(self, message: str) -> None:
        """The status line says why; the lists, if nothing arrived, say so instead of "analysing…"."""
        self.status.say(one_line(message)[:300], "$error")
        if self.analysis is None:
            self.side.clear("no findings: the analysis failed (see the status line)")

    def _analyse(self, a: Article, cache_key: str | None) -> None:
        """Runs in the worker thread: every step that grows with the article (unpickling the
        analysis, styling its highlights) happens here, and the interface's thread only swaps in
        what is ready, so a key pressed meanwhile is answered at once."""
        worker = get_current_worker()
        if self.service is None:
            self.service = AnalysisService(self.model_name).start(preload=False)
        view = self.article_view
        store = (
            (str(self.cache.directory), cache_key)
            if cache_key is not None and self.cache is not None
            else None
        )

        def cancelled() -> bool:  # asked by the service while it waits
            return worker.is_cancelled

        while True:
            finished = False
            results = self.service.analyse(a.source, a.title, a.text, store, cancelled)
            with closing(results):  # its request is let go now, not when the generator is collected
                for kind, payload in results:
                    if worker.is_cancelled:
                        return
                    if kind == "status":
                        self._post(self.status.say, payload)
                    elif kind == "error":
                        finished = True
                        self._post(self._analysis_failed, payload)
                    elif kind == "highlights":  # one more part of a long article: its highlights only
                        done, total, found = payload
                        spans = entity_spans(found, frozenset(view.hidden_types), len(a.text))
                        self._post(self.show_part, a, found, spans, done, total)
                    else:
                        done, total, analysis = payload
                        finished = done >= total
                        entities = [(e.start, e.end, e.label) for e in analysis.entities]
                        spans = entity_spans(entities, frozenset(view.hidden_types), len(a.text))
                        self._post(self.show_analysis, analysis, done, total, spans)  # cached by the child
            # The service ends a request that a later one superseded; the service's check of
            # `cancelled` keeps a cancelled worker from asking after a newer one did, and this is
            # the guard behind it: while the article is still on screen, ask again.
            if finished or worker.is_cancelled or a is not self.article:
                return

    def _fill_lists(self, analysis: Analysis) -> None:
        if self.analysis is analysis:  # not overtaken by a newer analysis meanwhile
            self.side.show(analysis)

    def show_part(
        self, article: Article, found: list[tuple[int, int, str]], spans, done: int, total: int
    ) -> None:
        """Highlight one more part of a long article and move the progress bar."""
        if article is not self.article:
            return
        self.article_view.add_entities(found, spans)
        self.status.progress(done, total)
        self.status.say(f"Analysing… part {done} of {total}")

    def show_analysis(self, analysis: Analysis, done: int = 1, total: int = 1, spans=None) -> None:
        """Put an analysis on screen, unless it belongs to an article no longer shown. `spans`: its
        highlights made already (`entity_spans`) in the worker."""
        if analysis.text != self.article.text:
            return
        self.analysis = analysis
        self.analysis_complete = done >= total
        self.article_view.set_entities([(e.start, e.end, e.label) for e in analysis.entities], spans)
        # the highlights and the summary first; the lists (rows for every actor, quote and claim)
        # in the frame after, so the summary is on screen one frame sooner
        self.call_after_refresh(self._fill_lists, analysis)
        self.status.progress(done, total)
        if done < total:
            self.status.say(f"Analysing… part {done} of {total}")
        else:
            self.status.say(analysis.summary())
            self.note_library_counts(analysis.summary())
            self.after_first_paint(lambda: self.keep_in_archive(analysis))
