"""A placeholder for spaCy's command-line package, so that importing spaCy does not import it.

`import spacy` runs `from .cli.info import info` (for the one name `spacy.info`), and `spacy.cli`
imports every command: weasel, typer, click, requests and more. Here that was about 100 ms of the
340 ms the import takes, on the way to every analysis, and nothing in loading a pipeline or
parsing uses any of it. `defer_spacy_cli` puts a placeholder in its place before spaCy is
imported; the first time anything asks the placeholder for a name (or calls `spacy.info`), the
real package is imported and takes over, so nothing that does need it breaks, it only waits then.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_CLI = "spacy.cli"
_INFO = "spacy.cli.info"


class _Placeholder(types.ModuleType):
    """Stands for a module not imported yet; any name asked of it imports the real one first."""

    def __getattr__(self, name: str) -> Any:
        if name == "__path__" and "spacy" in sys.modules:  # its submodules stay importable
            return [
                f"{location}/{self.__name__.split('.')[-1]}" for location in sys.modules["spacy"].__path__
            ]
        if name.startswith("__"):  # the import system probing (__spec__, __file__…): not there yet
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


def _real(name: str) -> types.ModuleType:
    """Import the real module (and its package) in place of the placeholders."""
    for placeholder in (_INFO, _CLI):
        if isinstance(sys.modules.get(placeholder), _Placeholder):
            del sys.modules[placeholder]
    module = importlib.import_module(name)
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        spacy.cli = sys.modules[_CLI]  # what `spacy.cli` names from now on
    return module


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported when first called."""
    return _real(_INFO).info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """`import spacy`, with its command-line package left for later (see the module's docstring)."""
    defer_spacy_cli()
    import spacy

    if "cli" not in vars(spacy) and _CLI in sys.modules:  # `spacy.cli` names it, as after a plain import
        spacy.cli = sys.modules[_CLI]
    return spacy


def defer_spacy_cli() -> bool:
    """Put the placeholder in before spaCy is imported (False, and nothing done, when it is too late).
    Cheap enough for the package's import: nothing is looked up until the placeholder is used."""
    if "spacy" in sys.modules or _CLI in sys.modules:
        return False
    cli = _Placeholder(_CLI)
    info = _Placeholder(_INFO)
    info.info = cli.info = _info  # the real package's `info` is the function too
    sys.modules[_CLI] = cli
    sys.modules[_INFO] = info
    return True
