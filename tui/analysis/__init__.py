"""Language work: an article's text in, an `Analysis` (plain dataclasses) out.

This package never imports Textual. Importing it is cheap; `analyze` needs a loaded spaCy pipeline
(see `tui.analysis.pipeline`), which is where spaCy gets imported.
"""

from tui.analysis.model import Actor, Analysis, Claim, Entity, Quote

__all__ = ["Actor", "Analysis", "Claim", "Entity", "Quote"]
