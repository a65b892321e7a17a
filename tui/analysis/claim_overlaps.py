"""Which of overlapping claims stands: a report nested in another's content is held by the outer one,
a hedge around a sourced report is that report, and one span is one claim.
"""

from __future__ import annotations

from tui.analysis.model import Claim


def drop_hedges_of_sourced(claims: list[Claim]) -> list[Claim]:
    """A sourceless hedge whose hedging word belongs to a sourced report inside it: on its cue
    ("Andrew has reportedly told friends that …") or inside its content ("His claims of having no
    memory of alleged victims"). The report says who; the hedge around it would stand for the same
    words with nobody."""
    sourced = [
        c
        for c in claims
        if c.source_span is not None and c.cue_span is not None and c.kind in ("reported", "belief")
    ]

    def carried(h: Claim) -> bool:
        hs, he = h.cue_span  # type: ignore[misc]
        for c in sourced:
            cue = c.cue_span[0]  # type: ignore[index]
            if not (h.start <= c.start and c.end <= h.end) or c.start <= cue < c.end:
                continue  # (a report that holds its own cue is a misparse: it carries no hedge)
            if 0 <= cue - he <= 2 or (c.start <= hs and he <= c.end):
                return True
        return False

    return [
        c for c in claims if not (c.kind == "hedged" and c.source_span is None and c.cue_span and carried(c))
    ]


def drop_nested(claims: list[Claim]) -> list[Claim]:
    """Drop claims that lie inside another claim's content: the outer claim already holds them, and a
    nested source ("he said [they want …]") is easily misread. A sourceless hedge keeps the sourced
    claims inside it ("a call he reportedly made, in which he said [he would …]"): they name who spoke."""
    return [
        c
        for c in claims
        if not any(
            o.start <= c.start
            and c.end <= o.end
            and (o.end - o.start) > (c.end - c.start)
            and not (o.kind == "hedged" and c.source_span is not None)
            for o in claims
        )
    ]


def dedupe(claims: list[Claim]) -> list[Claim]:
    """Keep the outermost of claims that share their start and the first of identical spans."""
    seen: dict[tuple[int, int], Claim] = {}
    for c in claims:
        seen.setdefault((c.start, c.end), c)
    return sorted(seen.values(), key=lambda c: (c.start, -c.end))
