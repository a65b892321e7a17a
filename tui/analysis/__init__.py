"""Language work: an article's text in, an `Analysis` (plain dataclasses) out.

This package never imports Textual. Importing it is cheap; `analyze` needs a loaded spaCy pipeline
(see `tui.analysis.pipeline`), which is where spaCy gets imported.

The types live in `tui.analysis.model`. Nothing else is imported here, so that the reader can import
a small helper such as `tui.analysis.pipeline_names` on its way to the first paint without the rest.
Every module that needs spaCy imports it; before any of them can, spaCy's command-line package is
replaced by a placeholder (`tui.analysis.spacy_cli`: 100 ms less to import spaCy, whichever of them
comes first).
"""

from tui.analysis.spacy_cli import defer_spacy_cli

defer_spacy_cli()
