"""Posts that stand for the person holding them: an addressed post ("Mr. President", "Madam
Speaker") and a post written as a name ("the President said", "the Secretary-General") join the
person the text gives that post ("President Joe Biden", "Speaker Nancy Pelosi")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tui.analysis.actor_keys import norm
from tui.analysis.names import ADDRESSED_POSTS, is_bare_post
from tui.analysis.speakers import GENDER_TITLES, first_name_gender

if TYPE_CHECKING:
    from tui.analysis.actors import _Group

#: Courtesy titles of an addressed post and the sex they tell: "Mr. Chair", "Madam Speaker" (the
#: sex from the resolver's table of titles; "Madam" addresses and names no one).
_ADDRESS_SEX = {t: GENDER_TITLES[t] for t in ("mr", "mr.", "sir", "mrs", "mrs.", "ms", "ms.")} | {
    "madam": "f",
    "madame": "f",
}
#: Words of one post: "Mr. Chairman" is the chair.
_SAME_POST = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair"}


def _post_words(words: list[str]) -> list[str]:
    return [_SAME_POST.get(w.rstrip(".,"), w.rstrip(".,")) for w in words]


def join_posts(text: str, groups: list[_Group], roles: dict[tuple[int, int], list[str]]) -> None:
    """Join addressed posts, then posts written as names, to their holders."""
    _join_addressed(groups, roles)
    _join_standing(text, groups, roles)


def _addressed(g: _Group) -> list[str] | None:
    """The post of an addressed post's actor ("Madam Speaker" → speaker), if it is one."""
    words = {tuple(norm(n).lower().split()) for n in g.names}
    if g.label != "PERSON" or len(words) != 1:
        return None
    title, *post = next(iter(words))
    return _post_words(post) if title in _ADDRESS_SEX and post else None


def _join_addressed(groups: list[_Group], roles: dict[tuple[int, int], list[str]]) -> None:
    """ "Madam Speaker", "Mr. Chair": an addressed post is the one person the text gives that post
    ("Speaker Nancy Pelosi", "Judiciary Chair Jerry Nadler"), of the sex the courtesy title tells;
    "Mr. President" is no vice president. With no such person, or several, it stays an actor of its own."""
    for g in groups:
        if g.label != "PERSON" or not g.mentions:
            continue
        words = {tuple(norm(n).split()) for n in g.names}
        if len(words) != 1:
            continue
        title, *post = next(iter(words))
        if title not in _ADDRESS_SEX or not post or not all(w.rstrip(".") in ADDRESSED_POSTS for w in post):
            continue
        post = _post_words(post)
        holders = []
        for p in groups:
            if p is g or p.label != "PERSON" or not p.mentions:
                continue
            held = [
                _post_words(r.lower().split()) for m in p.mentions for r in roles.get((m.start, m.end), [])
            ]
            if not any(r[-len(post) :] == post and "vice" not in r[: -len(post)] for r in held if r):
                continue
            sex = first_name_gender(p.best_name)[0]
            if sex and sex != _ADDRESS_SEX[title]:
                continue
            holders.append(p)
        if len(holders) == 1:
            holders[0].mentions.extend(g.mentions)
            g.mentions.clear()


def post_only(name: str) -> list[str] | None:
    """A name that is a bare post ("President", "Vice President", "Secretary-General"), as its words."""
    words = norm(name).lower().split()
    return _post_words(words) if is_bare_post(words) else None


def _post_of(g: _Group) -> list[str] | None:
    """The post's words when every name of a person actor is the same bare post."""
    posts = {tuple(post_only(n) or ()) for n in g.names}
    return list(next(iter(posts))) if len(posts) == 1 and () not in posts else None


def _holds(p: _Group, post: list[str], roles: dict[tuple[int, int], list[str]]) -> bool:
    """Whether a person's roles end with the post ("US President" holds "President"; "Vice
    President" does not)."""
    held = [_post_words(r.lower().split()) for m in p.mentions for r in roles.get((m.start, m.end), [])]
    return any(r[-len(post) :] == post and "vice" not in r[: -len(post)] for r in held if r)


#: A post with its own portfolio or seat: "the Senator from Alaska", "the President of that country".
_QUALIFIED = re.compile(r"\s+(?:of|from|for)\s")


def _join_standing(text: str, groups: list[_Group], roles: dict[tuple[int, int], list[str]]) -> None:
    """ "the President said": each mention of a post written as a name is the holder of that post
    named last before it, or the one holder the text names; with none, or a post whose own words
    say which one ("the Senator from Alaska"), it stays an actor of its own."""
    for g in groups:
        if g.label != "PERSON" or not g.mentions or (post := _post_of(g)) is None:
            continue
        holders = [
            p
            for p in groups
            if p is not g
            and p.label == "PERSON"
            and p.mentions
            and _post_of(p) is None
            and _holds(p, post, roles)
        ]
        for e in list(g.mentions) if holders else ():
            if _QUALIFIED.match(text, e.end):
                continue
            before = [
                (max(m.start for m in p.mentions if m.start < e.start), i)
                for i, p in enumerate(holders)
                if any(m.start < e.start for m in p.mentions)
            ]
            if before or len(holders) == 1:
                holders[max(before)[1] if before else 0].mentions.append(e)
                g.mentions.remove(e)
