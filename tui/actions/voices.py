"""Voices in the reader: `w` opens who is quoted across the current library, or with none the
article shown; a quote chosen there opens its article at that quote."""

from __future__ import annotations

from typing import Any

#: (source, start, end, "quote"|"claim", hash of the article's text), as the Voices screen returns it
Target = tuple[str, int, int, str, str]


class VoicesMixin:
    """The `w` key, and going to a quote or claim of another article once it is shown."""

    _voices_mark: Target | None = None

    def action_voices(self) -> None:
        from tui.screens.voices import VoicesScreen

        if isinstance(self.screen, VoicesScreen):
            return
        if self.library is not None:
            scope, gatherer = self._library_gatherer()
        elif self.analysis is not None and self.analysis_complete:
            scope, gatherer = self._article_gatherer()
        else:
            self.notify(
                "Voices needs a library (open a folder, a feed or several files) or an analysed article.",
                severity="warning",
                markup=False,
            )
            return
        self.push_screen(VoicesScreen(scope, gatherer), self._go_to_said)

    def _library_gatherer(self):
        from tui.inert import one_line
        from tui.voices.gather import gather_library

        library, cache, model = self.library, self.cache, self.model_name
        pipeline = None
        if cache is not None:
            from tui.cache import pipeline_identity

            pipeline = pipeline_identity(model)

        def gather(advance, cancelled):
            return gather_library(library.items, cache, pipeline, model, advance, cancelled)

        return one_line(library.title), gather

    def _article_gatherer(self):
        from tui.inert import one_line

        record: dict[str, Any] = self.analysis.to_dict()
        record.update(byline=self.article.byline, date=self.article.date)
        record["source"] = self.location or self.article.source

        def gather(advance, cancelled):
            from tui.voices.facts import article_facts

            return [article_facts(record)], []

        return f"this article ({one_line(self.article.title)[:60]})", gather

    def _go_to_said(self, target: Target | None) -> None:
        """Open the article a chosen quote or claim is in (if it is not the one shown) and mark it:
        a library's through the library, else by its location."""
        if target is None:
            return
        source, _start, _end, _kind, digest = target
        from tui.corpus.results import text_hash

        if source in (self.location, self.article.source) and text_hash(self.article.text) == digest:
            self._mark_said(target)
            return
        self._voices_mark = target
        index = None
        if self.library is not None:
            index = next((i for i, item in enumerate(self.library.items) if item.location == source), None)
        if index is not None:
            self.open_item(index)
        else:
            self.open_location(source)

    def _mark_said(self, target: Target) -> None:
        _, start, end, kind, _ = target
        self.article_view.set_marks([(start, end)], kind)

    def show_article(self, article, location, analyse: bool = True) -> None:
        super().show_article(article, location, analyse)  # type: ignore[misc]
        target = self._voices_mark
        if target is not None and target[0] in (location, article.source):
            self._voices_mark = None
            self.call_after_refresh(self._mark_said, target)
