"""spaCy imported without its command-line package: the same analysis, and the package when asked for.

Each check runs in a fresh interpreter: this one has imported spaCy the plain way long since.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from tui.resources import default_article


def run_fresh(code: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(out.stdout.splitlines()[-1])


def test_the_pipeline_loads_and_parses_without_the_cli_and_gives_the_same_analysis():
    def fresh(first: str) -> dict:
        return run_fresh(
            first
            + textwrap.dedent(
                f"""
                import json, sys
                from tui.analysis.analyze import analyze
                from tui.analysis.pipeline import load_pipeline
                text = open({str(default_article())!r}, encoding="utf-8").read()
                result = analyze(load_pipeline(), "seed", "", text)
                cli = [m for m in sys.modules if m.split(".")[0] in ("weasel", "typer", "click", "requests")]
                print(json.dumps({{"analysis": result.to_dict(), "cli": cli}}))
                """
            )
        )

    deferred, plain = fresh(""), fresh("import spacy  # the plain way, before the package can defer\n")
    assert deferred["cli"] == [] and plain["cli"]  # none of the command line's imports were made
    assert deferred["analysis"] == plain["analysis"] and deferred["analysis"]["quotes"]


def test_the_cli_is_imported_when_something_asks_for_it():
    fresh = run_fresh(
        """
        import json, sys
        from tui.analysis.spacy_cli import import_spacy
        spacy = import_spacy()
        before = "typer" in sys.modules
        info = spacy.info(silent=True)  # spacy.info, from the real package
        download = spacy.cli.download  # a name of the real package, through the placeholder's stand-in
        print(json.dumps({"before": before, "after": "typer" in sys.modules, "info": sorted(info)[:3],
                          "download": download.__module__, "real": type(sys.modules["spacy.cli"]).__name__}))
        """
    )
    assert not fresh["before"] and fresh["after"]
    assert fresh["info"] and fresh["download"] == "spacy.cli.download" and fresh["real"] == "module"
