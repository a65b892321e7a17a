"""How actors, quotes and claims are written in the side panel, as Textual `Content`.

Every string that comes from the article goes in as plain text (never markup), so a name like
`[@click=app.quit]` is shown as those characters, and through `plain`/`excerpt`, so that nothing a
terminal would act on survives (an analysis can come from the cache, not only from a cleaned text).
"""

from __future__ import annotations

from textual.content import Content

from tui.analysis.model import Actor, Analysis, Claim, Quote
from tui.inert import one_line

LABEL_NAMES = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "country/city",
    "LOC": "place",
    "FAC": "building/site",
    "NORP": "group",
    "GROUP": "group/role",  # people named by what they are ("U.S. officials", "a spokesman for …")
}
KIND_NAMES = {
    "reported": "reported",
    "belief": "belief",
    "intention": "intention",
    "hedged": "hedged",
    "figure": "figure to check",
    "statement": "statement",
}
_EXCERPT = 160


def plain(text: str, limit: int = 100) -> str:
    """A name from the article for a row: one line, inert, and not longer than `limit` characters."""
    return excerpt(text, limit)


def excerpt(text: str, limit: int = _EXCERPT) -> str:
    """One line of at most `limit` characters, cut at a word with an ellipsis."""
    flat = one_line(text[: limit * 8] if len(text) > limit * 8 else text)
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1].rsplit(" ", 1)[0] + " …"


def actor_row(actor: Actor) -> Content:
    """`Sergei Lavrov  person · Russian Foreign Minister · 3×`"""
    mentions = len(actor.mentions)
    parts: list[str | tuple[str, str]] = [
        (plain(actor.name), "bold"),
        "\n",
        (plain(LABEL_NAMES.get(actor.label, actor.label)), "$text-muted"),
    ]
    if actor.roles:
        parts += [" · ", (excerpt(actor.roles[0], 50), "italic")]
    parts += [" · ", (f"{mentions}×", "$text-muted")]
    return Content.assemble(*parts)


def _who(text: str, name: str | None, span: tuple[int, int] | None) -> tuple[str, str]:
    """The resolved actor's name; else the words the text attributes it to; else "unattributed"."""
    if name:
        return plain(name), "bold"
    if span is not None:
        return excerpt(text[span[0] : span[1]], 60), "bold italic"
    return "unattributed", "italic $text-muted"


def _worth(item: Quote | Claim) -> list[str | tuple[str, str]]:
    """`worth: 0.82 · figure · unnamed source` on a line of its own, when the item has a score."""
    if not item.checkworthiness:
        return []
    from tui.analysis.checkworthiness import reason_line

    return ["\n", (reason_line(item.checkworthiness, item.checkworthiness_reasons), "$text-muted")]


def quote_row(quote: Quote, text: str) -> Content:
    """`Sergei Lavrov —` over `“We paid special attention …”` over `worth: 0.41 · …`."""
    return Content.assemble(
        _who(text, quote.speaker_name, quote.speaker_span), " —\n", excerpt(quote.text), *_worth(quote)
    )


def claim_row(claim: Claim, text: str) -> Content:
    """`Mevlut Cavusoglu — reported` over `the two countries would coordinate Syria operations`."""
    if claim.kind == "figure":
        who = ("figure to check", "bold $warning")
        kind = f": {excerpt(claim.cue or '', 40)}"
    else:
        who = _who(text, claim.source_name, claim.source_span)
        kind = f" — {KIND_NAMES.get(claim.kind, claim.kind)}"
    return Content.assemble(who, (kind, "$text-muted"), "\n", excerpt(claim.text), *_worth(claim))


def actor_detail(analysis: Analysis, actor: Actor) -> Content:
    """The chosen actor's card: type, roles, mention count, and its own quotes and claims."""
    quotes = [q for q in analysis.quotes if q.speaker == actor.id]
    claims = [c for c in analysis.claims if c.source == actor.id]
    parts: list[str | tuple[str, str]] = [
        (plain(actor.name), "bold"),
        f"  {plain(LABEL_NAMES.get(actor.label, actor.label))}",
    ]
    parts.append(f" · {len(actor.mentions)} mention{'s' if len(actor.mentions) != 1 else ''}")
    if actor.roles:
        parts += ["\n", ("roles: ", "$text-muted"), "; ".join(excerpt(r, 120) for r in actor.roles)]
    parts += ["\n", (f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}", "bold")]
    for q in quotes:
        parts += ["\n  ", excerpt(q.text, 120)]
    parts += ["\n", (f"{len(claims)} claim{'s' if len(claims) != 1 else ''}", "bold")]
    for c in claims:
        parts += ["\n  ", excerpt(c.text, 120)]
    return Content.assemble(*parts)
