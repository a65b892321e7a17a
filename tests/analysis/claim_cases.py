"""A table-driven check for claim rules: a sentence of our own, and the claim it must (or must not) give.

Each `Case` says what the claim text holds, its kind and its source's words (or its resolved
name); `no_claim` lists words that no claim of that kind may hold. `check` runs one case through
the real pipeline and reports every claim found when it fails, so a table row reads as a spec.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.analysis.model import Analysis, Claim


@dataclass(frozen=True)
class Case:
    """One sentence (a headline is added) and what its claims must be."""

    text: str
    holds: str | None = None  # words the claim's text holds (None: check `no_claim` only)
    kind: str | None = None
    source: str | None = None  # the source span's words, or the resolved name
    ends_with: str | None = None  # how the claim's text ends
    starts_with: str | None = None  # how the claim's text starts
    leaves_out: str | None = None  # words the claim's text must not hold
    no_claim: str | None = None  # words no claim (other than a figure) may hold

    def __str__(self) -> str:  # the test id pytest shows
        return self.text[:60]


def _source(a: Analysis, c: Claim) -> str | None:
    return None if c.source_span is None else a.text[c.source_span[0] : c.source_span[1]]


def describe(a: Analysis) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.text, c.kind, _source(a, c), c.source_name) for c in a.claims]


def check(analyse, case: Case) -> None:
    a = analyse("Headline\n\n" + case.text + "\n")
    if case.no_claim is not None:
        assert not [c for c in a.claims if c.kind != "figure" and case.no_claim in c.text], describe(a)
    if case.holds is None:
        return
    found = [c for c in a.claims if case.holds in c.text and c.kind != "figure"]
    assert found, f"no claim holds {case.holds!r}: {describe(a)}"
    c = found[0]
    if case.kind is not None:
        assert c.kind == case.kind, describe(a)
    if case.source is not None:
        assert case.source in (_source(a, c), c.source_name), describe(a)
    if case.ends_with is not None:
        assert c.text.endswith(case.ends_with), describe(a)
    if case.starts_with is not None:
        assert c.text.startswith(case.starts_with), describe(a)
    if case.leaves_out is not None:
        assert case.leaves_out not in c.text, describe(a)
