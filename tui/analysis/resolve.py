"""Who a speaker span stands for: a named actor, a pronoun's antecedent, a description's referent.

Rules, in order (no coreference model can be installed here, so these are heuristics):
- a span whose head word lies on an actor's mention is that actor ("Rep. Jane Roe"; but "the New
  York businessman" is not New York);
- "he"/"she" is the compatible person ranked best by recency, being a subject nearby and being
  the speaker just before; a person's gender comes from courtesy titles ("Mrs. Roe"), role words
  ("spokeswoman") and the he/she that follow them where no other person is in view;
- "they" is the nearest organisation, country or group named before it; "I"/"we" outside a
  quotation are the writer and stay unresolved;
- a description ("the senator", "a spokesman for the ministry") is the person named before it whose
  role has its head word; plural descriptions ("officials") and documents ("the letter") stay
  unresolved, their span kept;
- a quote with no speaker of its own continues the speaker of the quote or claim just before it
  (a floating quote) when that stands in the same or the previous paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.analysis.actor_keys import spells
from tui.analysis.lexicon import ORG_DESCRIPTIONS, PEOPLE_NOUNS, PERSONAL_PRONOUNS
from tui.analysis.model import GROUP_LABEL, Actor, Claim, Quote, Span
from tui.analysis.names import is_title_word
from tui.analysis.person_pronouns import ages, gender_at, genders_shown, person_antecedent
from tui.analysis.resolve_bodies import body_named_before
from tui.analysis.resolve_context import (
    ResolveContext,
    paragraph_breaks,
    plain,
    sentence_of,
)
from tui.analysis.resolve_orgs import latest_organisation, named_by_head
from tui.analysis.resolve_pairs import named_pair
from tui.analysis.spans import SpanIndex, SpanSet
from tui.analysis.speakers import (
    FEMALE_ROLE_WORDS,
    MALE_ROLE_WORDS,
    PERSON_PRONOUN_GENDER,
    TITLE_ABBREVIATIONS,
    Discourse,
    first_name_gender,
)

_GROUP_PRONOUNS = {"they", "them"}
_WRITER_PRONOUNS = {"i", "we", "me", "us"}
#: How many characters back "they" may look for its group.
GROUP_REACH = 600
#: Words that end a noun phrase's head part ("a spokesman | for the ministry").
_HEAD_STOPS = frozenset("of for in at from with on to who which that whose and or , ( –".split())
#: Descriptions of texts and recordings, not people: "the letter reads", "the ad says".
_DOCUMENT_HEADS = frozenset(
    "letter statement report ad article piece post tweet memo clip video release".split()
)
#: Records that speak for whoever made or published them ("a report in the Argus Leader", "a study
#: by the World Bank", "a new ABC News poll").
_RECORD_HEADS = _DOCUMENT_HEADS | frozenset(
    "study survey poll analysis investigation story review audit testimony remarks comments speech "
    "interview findings ruling".split()
)
_OWNER = re.compile(r"['’]s?\s+")
_PUBLISHED_IN = re.compile(r"(?i)\s(?:in|by|from|of)\s")
#: Relative pronouns and what their antecedent may be ("who" a person or a group, "which" a body).
_RELATIVE_LABELS = {
    "who": frozenset({"PERSON", GROUP_LABEL}),
    "which": frozenset({"ORG", GROUP_LABEL, "NORP", "GPE"}),
    "that": frozenset({"ORG", GROUP_LABEL}),
}
#: What may stand between a name and its relative pronoun: a comma, or an apposition between commas.
_RELATIVE_GAP = re.compile(r"\s*(?:,[^,.;:\n“”\"]{0,80})?,?\s*")
#: Plural nouns of people ("researchers", "the officials"): what a "they" may stand for.
_PLURAL_PEOPLE = re.compile(
    r"(?i)\b(?:the\s+)?(?:"
    + "|".join(
        sorted(
            {n[:-1] + "ies" if n.endswith("y") and n[-2] not in "aeiou" else n + "s" for n in PEOPLE_NOUNS}
            | {"people", "police", "children", "women", "men", "authorities"}
        )
    )
    + r")\b"
)
#: Bodies that speak as one and are "it" after ("the US military said … it said").
BODY_NOUNS = ORG_DESCRIPTIONS | frozenset(
    "military army navy police government administration ministry council committee court office "
    "commission authority embassy board campaign team".split()
)
#: Person nouns that neither the people nouns nor the titles hold.
MORE_PERSON_NOUNS = frozenset(
    "star boss rapper comedian veteran mogul billionaire entrepreneur royal".split()
)
_DEFINITE = re.compile(r"(?i)the\s")
_HEAD_STOP_RE = re.compile(r"\s(?:of|for|at|from|with|who|which|that)\s")
#: A "speaker" that is a measure ("45 seconds explaining …"): a misparse, never carried to the next quote.
_MEASURE = re.compile(
    r"(?i)\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(?:seconds|minutes|hours|days|weeks|months|years)\b"
)
_AGE = re.compile(r"^(\d{1,3})-year-old$")
_SENTENCE_RE = re.compile(r"(?<![A-Z])(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!St)[.?!][\"”’]?\s+(?=[\"“‘A-Z])|\n+")


def resolve(
    text: str,
    actors: list[Actor],
    quotes: list[Quote],
    claims: list[Claim],
    quoted: list[Span],
    discourse: Discourse | None = None,
    relatives: dict[Span, Span] | None = None,
) -> None:
    """Fill `speaker`/`speaker_name` and `source`/`source_name` in place. A source given by a
    relative pronoun (a span in `relatives`) is resolved as the noun it stands for, whose words
    name it when no actor does ("several women who said …": "several women")."""
    inside_quotes = SpanSet(quoted).covers
    mentions = sorted((s, e, a) for a in actors for s, e in a.mentions if not inside_quotes(s))
    sentences = sorted(discourse.sentence_starts) if discourse and discourse.sentence_starts else None
    ctx = ResolveContext(
        text,
        actors,
        mentions,
        [m[0] for m in mentions],
        sentences or _rough_sentences(text),
        sorted(s for s, _ in discourse.subjects) if discourse else [],
        {},
        [],
        [],
        SpanIndex((s, e, (rank, a)) for rank, a in enumerate(actors) for s, e in a.mentions),
        ages(text, mentions),
        sorted(s for s, _ in discourse.main_subjects) if discourse else [],
    )
    items: list[Quote | Claim] = [*quotes, *(c for c in claims if c.kind != "figure")]
    spans = [i.speaker_span if isinstance(i, Quote) else i.source_span for i in items]
    spoken = {span[0] for span in spans if span is not None}
    ctx.genders, refs = genders_shown(ctx, quoted, spoken)
    ctx.name_genders = {
        a.id: first_name_gender(a.name)[0]
        for a in actors
        if a.label == "PERSON" and len(a.name.split()) > 1 and not is_title_word(a.name.split()[0])
    }
    ctx.chain = sorted(
        [*mentions, *((s, e, a) for s, e, a in refs if ctx.genders.get(a.id) == gender_at(text, s))]
    )
    ctx.chain_starts = [m[0] for m in ctx.chain]
    items.sort(key=lambda x: x.start)
    last: tuple[int, Actor] | None = None  # the latest resolved speaker or source, and where
    last_span: Span | None = None  # the words that named it
    records: dict[str, tuple[int, Actor | str]] = {}  # the latest record of each kind a source named: whose
    for item in items:
        span = item.speaker_span if isinstance(item, Quote) else item.source_span
        actor: Actor | None = None
        noun = (relatives or {}).get(span) if span is not None else None
        if span is not None:
            actor = _resolve_span(ctx, span, last, _named_in(ctx, item))
            if noun is not None:
                actor = actor or _resolve_span(ctx, noun, last, _named_in(ctx, item))
                span = noun
            again = _record_again(ctx, span, records) if actor is None else None
            if isinstance(again, str):  # the report named before by its words: they name this one too
                if isinstance(item, Quote):
                    item.speaker_name = again
                else:
                    item.source_name = again
                continue
            actor = actor or again
            if actor is None or (actor.label != GROUP_LABEL and _is_they(text, span)):
                issuer = (
                    _issuer(ctx, span, last) or _described_body(ctx, span, last) or _plural_people(ctx, span)
                )
                actor = None if issuer is not None else actor
            if actor is None and issuer is not None:
                if isinstance(issuer, str):  # a described issuer: its words name the speaker
                    if isinstance(item, Quote):
                        item.speaker_name = issuer
                    else:
                        item.source_name = issuer
                    continue
                actor = issuer
            if actor is None and (body := body_named_before(text, span) or named_pair(ctx, span)) is not None:
                if isinstance(item, Quote):  # "the prosecutor's office said", "two officers … stating"
                    item.speaker_name = body
                else:
                    item.source_name = body
                continue
            if actor is None and not _MEASURE.match(text, span[0]):
                ctx.unresolved = (item.start, span)
                if (record := _word(text, _head(text, span))) in _RECORD_HEADS and not _DEFINITE.match(
                    text, span[0]
                ):
                    records[record] = (item.start, text[span[0] : span[1]])  # "a report in the Argus Leader"
        elif isinstance(item, Quote):
            # a floating quote carries on the speaker just before it, named or described
            if ctx.unresolved is not None and (last is None or ctx.unresolved[0] > last[0]):
                if paragraph_breaks(text, ctx.unresolved[0], item.start) <= 1:
                    item.speaker_span = ctx.unresolved[1]
                    ctx.unresolved = (item.start, ctx.unresolved[1])
            elif last is not None and paragraph_breaks(text, last[0], item.start) <= 1:
                actor = last[1]
                item.speaker_span = last_span  # the mention that named the speaker it carries on
        if actor is None:
            if noun is not None and isinstance(item, Claim):
                item.source_name = text[noun[0] : noun[1]]
            continue
        if isinstance(item, Quote):
            item.speaker, item.speaker_name = actor.id, actor.name
        else:
            item.source, item.source_name = actor.id, actor.name
        if span is not None and (record := _word(text, _head(text, span))) in _RECORD_HEADS:
            records[record] = (item.start, actor)
        ctx.speakers[actor.id] = item.start
        if noun is not None:
            continue  # "… referred to Cooke's testimony, which concluded …": an aside, not who speaks on
        last = (item.start, actor)
        last_span = item.speaker_span if isinstance(item, Quote) else item.source_span


#: How many paragraph breaks "the report" may look back for the report named before.
RECORD_REACH = 3


def _record_again(
    ctx: ResolveContext, span: Span, records: dict[str, tuple[int, Actor | str]]
) -> Actor | str | None:
    """ "According to a report in the Argus Leader, … ¶ The report says …": a definite record with no
    maker of its own is the record of that kind a source named a few paragraphs before: its maker,
    or the words that named it when no maker is known."""
    if not _DEFINITE.match(ctx.text, span[0]):
        return None
    seen = records.get(_word(ctx.text, _head(ctx.text, span)))
    if seen is None or paragraph_breaks(ctx.text, seen[0], span[0]) > RECORD_REACH:
        return None
    return seen[1]


def _rough_sentences(text: str) -> list[int]:
    """Sentence starts read off the punctuation, when no parse is at hand."""
    return [0, *(m.end() for m in _SENTENCE_RE.finditer(text))]


def _head(text: str, span: Span) -> Span:
    """The span of a phrase's head word: the last word before its first preposition or clause."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\s,()–]+|[,()–]", text[span[0] : span[1]])]
    head = words[0] if words else (0, span[1] - span[0])
    for k, (s, e) in enumerate(words):
        if k and text[span[0] + s : span[0] + e].lower() in _HEAD_STOPS:
            break
        head = (s, e)
    return span[0] + head[0], span[0] + head[1]


def _word(text: str, span: Span) -> str:
    word = text[span[0] : span[1]].lower().rstrip(".")
    word = re.sub(r"['’]s?$", "", word)
    return TITLE_ABBREVIATIONS.get(word, word)


def _named_in(ctx: ResolveContext, item: Quote | Claim) -> frozenset[str]:
    """The actors a claim's content names by a name (not a pronoun): a pronoun that is the subject of
    the cue cannot stand for them ("He said Thomas is …")."""
    if isinstance(item, Quote) or item.source_span is None or item.source_span[0] > item.start:
        return frozenset()
    return frozenset(a.id for _, a in ctx.mention_index.overlapping(item.start, item.end))


def _resolve_span(
    ctx: ResolveContext, span: Span, last: tuple[int, Actor] | None, named_after: frozenset[str] = frozenset()
) -> Actor | None:
    text = ctx.text
    hs, he = _head(text, span)
    named = ctx.mention_index.overlapping(hs, he)
    if named:  # the most prominent actor with a mention on the head word, a name before a description
        return min(named, key=lambda rank_actor: (rank_actor[1].label == GROUP_LABEL, rank_actor[0]))[1]
    if (owner := _name_going_on(ctx, hs)) is not None:
        return owner  # "the Sioux Falls Argus Leader": a capitalised head word ends the name before it
    words = text[span[0] : span[1]]
    if words.isupper() and (spelled := [a for a in ctx.actors if a.label == "ORG" and spells(words, a.name)]):
        return spelled[0]  # "says WHO" where the parser saw no name: the World Health Organization
    phrase = words.lower()
    if phrase in PERSON_PRONOUN_GENDER:
        return person_antecedent(ctx, span[0], PERSON_PRONOUN_GENDER[phrase], last, named_after)
    if phrase in _GROUP_PRONOUNS:
        before = ctx.mentions[: bisect_left(ctx.starts, span[0])]
        groups = [m for m in reversed(before) if m[2].label in ("ORG", "NORP", "GPE", GROUP_LABEL)]
        if not groups or span[0] - groups[0][0] >= GROUP_REACH:
            return _body_speaking(ctx, span[0], last)
        # "Residents of Bergen … They": the group around the latest name, not the name inside it
        outer = next((m for m in groups[1:4] if m[2].label == GROUP_LABEL and m[1] >= groups[0][1]), None)
        return (outer or groups[0])[2]
    if phrase == "it":
        return latest_organisation(ctx, span[0]) or _body_speaking(ctx, span[0], last)
    if phrase in _RELATIVE_LABELS:
        return _antecedent(ctx, span[0], _RELATIVE_LABELS[phrase])
    if phrase in _WRITER_PRONOUNS or PERSONAL_PRONOUNS.get(phrase):
        return None
    head = _word(text, (hs, he))
    if head in _RECORD_HEADS:
        return _publisher(ctx, span, (hs, he))
    return _described(ctx, span, head, last)


def _name_going_on(ctx: ResolveContext, head_start: int) -> Actor | None:
    """The organisation whose name the capitalised head word of a phrase goes on ("according to the
    Sioux Falls Argus Leader" where the tagger's name stopped at "Argus"): the head is part of that
    name, not a role ("leader") to be given to a person."""
    text = ctx.text
    if not text[head_start : head_start + 1].isupper() or head_start < 2 or text[head_start - 1] != " ":
        return None
    k = bisect_left(ctx.starts, head_start)
    for s, e, actor in reversed(ctx.mentions[max(0, k - 2) : k]):
        if e != head_start - 1 or actor.label != "ORG":
            continue
        # "Google Chairman Eric Smith" is a person with a role: only "the <name> Leader" goes on a name
        word = re.match(r"[^\s,.;:]+", text[head_start:])
        if word and is_title_word(word.group(0).lower()) and not _DEFINITE.fullmatch(text, max(0, s - 4), s):
            return None
        return actor
    return None


def _publisher(ctx: ResolveContext, span: Span, head: Span) -> Actor | None:
    """Who a record speaks for: the organisation or person named in the phrase as its maker or
    publisher ("a report in the Argus Leader", "a study by Harvard researchers", "a new ABC News
    poll"); a place ("a report in Texas") makes nothing."""
    inside = [
        (s, a)
        for s, e, a in ctx.mentions[bisect_left(ctx.starts, span[0]) : bisect_left(ctx.starts, span[1])]
        if e <= span[1] and a.label in ("ORG", "PERSON")
    ]
    before = [a for s, a in inside if s < head[0]]  # "a new ABC News poll", "Gallup's survey"
    if before:
        return before[-1]
    k = bisect_left(ctx.starts, span[0])
    if (
        k
        and ctx.mentions[k - 1][2].label in ("ORG", "PERSON")
        and _OWNER.fullmatch(ctx.text, ctx.mentions[k - 1][1], span[0])
    ):
        return ctx.mentions[k - 1][2]  # "Cooke’s earlier testimony", the owner cut off by the parser
    after = _PUBLISHED_IN.search(ctx.text, head[1], span[1])
    if after is None:
        return None
    return next((a for s, a in inside if s >= after.end()), None)


def _antecedent(ctx: ResolveContext, pos: int, labels: frozenset[str]) -> Actor | None:
    """The name a relative pronoun hangs on: "Sanders, who said …", "Jane Roe, a lawyer in Ohio, who
    said …", "the council, which said …"; only a name right before it (or before its apposition)."""
    k = bisect_left(ctx.starts, pos)
    for _s, e, actor in reversed(ctx.mentions[max(0, k - 3) : k]):
        if e > pos or actor.label not in labels:
            continue
        return actor if _RELATIVE_GAP.fullmatch(ctx.text, e, pos) else None
    return None


def _body_speaking(ctx: ResolveContext, pos: int, last: tuple[int, Actor] | None) -> Actor | None:
    """An "it" or "they" with no organisation named near it: the organisation or group that spoke
    last, if it did so within the two paragraphs before ("Now they've put out another statement.
    “…,” it says")."""
    if last is None or last[1].label == "PERSON" or paragraph_breaks(ctx.text, last[0], pos) > 2:
        return None
    return last[1]


def _issuer(ctx: ResolveContext, span: Span, last: tuple[int, Actor] | None) -> Actor | str | None:
    """Who a document speaks for ("…,” the statement said): the speaker or source just before, named or
    described, when the text gave them that document ("the US military said in a statement")."""
    hs, he = _head(ctx.text, span)
    head = _word(ctx.text, (hs, he))
    if head not in _DOCUMENT_HEADS or not _DEFINITE.match(ctx.text, span[0]):
        return None
    candidates: list[tuple[int, Actor | str]] = []
    if last is not None:
        candidates.append((last[0], last[1]))
    if ctx.unresolved is not None:
        s, e = ctx.unresolved[1]
        if (
            not _DEFINITE.match(ctx.text, s)
            or _word(ctx.text, _head(ctx.text, (s, e))) not in _DOCUMENT_HEADS
        ):
            candidates.append((ctx.unresolved[0], ctx.text[s:e]))
    # the latest one before that the text gave such a document, within two paragraphs ("According
    # to a report in the Argus Leader, … ¶ … ¶ The report says …")
    for at, who in sorted(candidates, key=lambda c: c[0], reverse=True):
        if paragraph_breaks(ctx.text, at, span[0]) > 2:
            return None
        paragraph = ctx.text.rfind("\n", 0, at) + 1
        if re.search(rf"\b{re.escape(head)}\b", ctx.text[paragraph : span[0]], re.IGNORECASE):
            return who
    return None


def _is_they(text: str, span: Span) -> bool:
    return text[span[0] : span[1]].lower() == "they"


def _plural_people(ctx: ResolveContext, span: Span) -> str | None:
    """The people a "they" stands for when the text names them by a plural noun after the latest
    organisation, in this sentence or the one before: "TNG50 allowed researchers to see … They
    discovered that …" (the researchers, not the project)."""
    if not _is_they(ctx.text, span):
        return None
    here = sentence_of(ctx, span[0])
    window = ctx.sentences[max(0, here - 1)]
    k = bisect_left(ctx.starts, span[0])
    if k and ctx.mentions[k - 1][1] > window:
        window = ctx.mentions[k - 1][1]  # a name after them is likelier
    found = max(_PLURAL_PEOPLE.finditer(ctx.text, window, span[0]), key=lambda m: m.start(), default=None)
    if found is not None:
        ctx.unresolved = (span[0], found.span())
        return found.group(0)
    # "They discovered … they compared …": a they that goes on from the people named for the last one
    if ctx.unresolved is not None and paragraph_breaks(ctx.text, ctx.unresolved[0], span[0]) <= 1:
        s, e = ctx.unresolved[1]
        if (k == 0 or ctx.mentions[k - 1][1] <= ctx.unresolved[0]) and _PLURAL_PEOPLE.fullmatch(
            ctx.text, s, e
        ):
            ctx.unresolved = (span[0], (s, e))
            return ctx.text[s:e]
    return None


def _described_body(ctx: ResolveContext, span: Span, last: tuple[int, Actor] | None) -> str | None:
    """The words of a body that spoke last, for an "it" no organisation's name stands for: "the US
    military said … It did not reveal the location and said it was withholding the names"."""
    if ctx.text[span[0] : span[1]].lower() != "it" or ctx.unresolved is None:
        return None
    at, (s, e) = ctx.unresolved
    if (last is not None and last[0] > at) or paragraph_breaks(ctx.text, at, span[0]) > 2:
        return None
    if _word(ctx.text, _head(ctx.text, (s, e))) not in BODY_NOUNS:
        return None
    return ctx.text[s:e]


def _described(ctx: ResolveContext, span: Span, head: str, last: tuple[int, Actor] | None) -> Actor | None:
    """The one a description stands for: the latest person before it whose role has its head word;
    else, for a definite description ("the actor", "the 56-year-old", "the company"), the person of
    that age, or the likeliest person or organisation in view (as a pronoun would be resolved)."""
    if not head or head in _DOCUMENT_HEADS or (head.endswith("s") and not head.endswith("ss")):
        return None  # a text or a group ("officials"): no one person to name
    for _, _, actor in reversed(ctx.mentions[: bisect_left(ctx.starts, span[0])]):
        words = {
            TITLE_ABBREVIATIONS.get(w, w) for w in (plain(r) for role in actor.roles for r in role.split())
        }
        if head in words:
            return actor
    definite = _DEFINITE.match(ctx.text, span[0]) or ctx.text[max(0, span[0] - 4) : span[0]].lower() == "the "
    phrase = ctx.text[span[0] : span[1]]
    if definite and (organisation := named_by_head(ctx, span[0], head)) is not None:
        return organisation  # "the office" after "the U.S. Attorney's Office for …"
    if not definite or _HEAD_STOP_RE.search(phrase) or "'s " in phrase.replace("’", "'"):
        return None  # "a spokesman", "the head of the agency", "the victim's mother": named by the phrase
    if (
        ctx.unresolved is not None
        and paragraph_breaks(ctx.text, ctx.unresolved[0], span[0]) <= 2
        and _word(ctx.text, _head(ctx.text, ctx.unresolved[1])) == head
    ):
        return None  # "one legal expert said … the expert warned": the one described before
    if head in ORG_DESCRIPTIONS:
        return latest_organisation(ctx, span[0])
    age = _AGE.match(head)
    if age is not None:
        aged = [a for _, _, a in ctx.mentions if ctx.ages.get(a.id) == int(age.group(1))]
        if aged:
            return aged[-1]
    if age is not None or is_person_noun(head):
        gender = "f" if head in FEMALE_ROLE_WORDS else "m" if head in MALE_ROLE_WORDS else ""
        return person_antecedent(ctx, span[0], gender, last)
    return None


def is_person_noun(word: str) -> bool:
    """A common noun that names one person by trade, role or kin ("actor", "singer", "aunt")."""
    return (
        word in PEOPLE_NOUNS
        or is_title_word(word)
        or word in FEMALE_ROLE_WORDS
        or word in MALE_ROLE_WORDS
        or word in MORE_PERSON_NOUNS
    )
