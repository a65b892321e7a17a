"""The analysis run: chunk the text, parse the chunks with `nlp.pipe`, extract, merge, resolve.

Sentence-level work (entities, quotes, claims, roles) runs per chunk; the document-level work
(merging actors, resolving speakers) runs once over everything, so a long article can be analysed
chunk by chunk and still come out as one analysis.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from tui.analysis.actors import build_actors
from tui.analysis.checkworthiness import Signals, score_items, signals
from tui.analysis.claim_fragments import fragment_claims
from tui.analysis.claims import find_claims
from tui.analysis.entities import extract_entities, metonyms
from tui.analysis.groups import find_groups
from tui.analysis.groups_listed import listed_groups
from tui.analysis.model import Actor, Analysis, Claim, Entity, Quote, Span
from tui.analysis.pipeline import pipeline_label
from tui.analysis.quoted_sources import speak_for_quoted_pronouns
from tui.analysis.quotemarks import find_quotations
from tui.analysis.quotes import find_quotes, quoted_fragments
from tui.analysis.resolve import resolve
from tui.analysis.roles import find_roles
from tui.analysis.speakers import Discourse, discourse_marks
from tui.analysis.syntax import doc_text
from tui.analysis.transcripts import (
    Turn,
    find_turns,
    interviewers,
    name_speakers,
    speaker_entities,
    statements,
)

#: A partial analysis waits this many times as long as the last one took: the highlights of a long
#: article still arrive every few seconds, and partials cost under 3% of the analysis.
PARTIAL_SPACING = 40

#: Chunks are cut at paragraph breaks once they reach this many characters.
CHUNK_CHARS = 20_000

#: No chunk is longer than this: a text with no paragraph break for so long (one line of a million
#: words) is cut at a line break, a sentence end or a space instead, so every chunk is a piece the
#: pipeline takes in one go (spaCy refuses a text over 1,000,000 characters).
MAX_CHUNK_CHARS = 5 * CHUNK_CHARS

#: A text of at least this many chunks is parsed by two processes while this one extracts (on a
#: machine with two cores or more); for fewer, starting them costs more than it brings.
PARALLEL_CHUNKS = 6

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s")
_SPACE = re.compile(r"\s")


def chunks(text: str, size: int = CHUNK_CHARS, limit: int | None = None) -> list[tuple[int, str]]:
    """(offset, text) pieces of about `size` characters, cut between paragraphs; none over `limit`.

    A cut never falls before a paragraph that opens with a quotation mark, since such a paragraph
    continues the quotation of the one before it. Where no paragraph break comes before `limit`
    characters (5 × `size` by default), the piece ends at the last line break, else sentence end,
    else space between `size` and `limit`, else at `limit`. The pieces cover the text in order;
    the work is linear in its length.
    """
    limit = max(size, limit or MAX_CHUNK_CHARS)
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        cut = text.find("\n\n", start + size, start + limit)
        while cut >= 0 and text[cut + 2 : cut + 3] in ("“", '"'):
            cut = text.find("\n\n", cut + 2, start + limit)
        if cut >= 0:
            out.append((start, text[start:cut]))
            start = cut + 2
            continue
        if len(text) - start <= limit:
            break
        end = _soft_cut(text, start + size, start + limit)
        out.append((start, text[start:end]))
        start = end
    out.append((start, text[start:]))
    return out


def _soft_cut(text: str, lo: int, hi: int) -> int:
    """Where a piece that may end between `lo` and `hi` ends: after the last line break, else after
    the last sentence end, else after the last space in that window; else at `hi`."""
    line = text.rfind("\n", lo, hi)
    if line >= 0:
        return line + 1
    last = -1
    for m in _SENTENCE_END.finditer(text, lo, hi):
        last = m.end()
    if last < 0:
        for m in _SPACE.finditer(text, lo, hi):
            last = m.end()
    return last if last > lo else hi


#: Parsing in two processes needs this much of the machine's cores idle (see `parse_processes`).
IDLE_FOR_PARALLEL = 0.75


def parse_processes(chunk_count: int, idle: float | None = None) -> int:
    """How many processes parse `chunk_count` chunks: two for a long text when a core is idle, so
    that this process extracts the findings of one chunk while the next are parsed; else one.

    Not from a daemon process, which may not have children (a `--jobs` worker or the forkserver's
    analysis child). On a busy machine no core is idle, and a second process only adds its cost
    (the pipeline's pages copied into it as they are touched, each chunk serialised between them:
    an eighth more CPU for a 100,000-word text) to the wait. `idle`: the idle cores (measured
    over a tenth of a second when not given; taken as idle where the system does not tell).
    """
    cores = os.cpu_count() or 1
    if chunk_count < PARALLEL_CHUNKS or cores < 2:
        return 1
    import multiprocessing

    if multiprocessing.current_process().daemon or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if idle is None:
        idle = idle_cores()
    return 2 if idle >= IDLE_FOR_PARALLEL else 1


def idle_cores(window: float = 0.1) -> float:
    """How many cores were idle over the next `window` seconds (Linux's /proc/stat); where that
    cannot be read, every core counts as idle."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(v) for v in f.readline().split()[1:]]
        return fields[3] + (fields[4] if len(fields) > 4 else 0), sum(fields)  # idle + iowait, all

    try:
        idle0, total0 = sample()
        time.sleep(window)
        idle1, total1 = sample()
    except (OSError, ValueError, IndexError):
        return float(os.cpu_count() or 1)
    if total1 <= total0:
        return float(os.cpu_count() or 1)
    return (idle1 - idle0) / (total1 - total0) * (os.cpu_count() or 1)


#: No-break and figure spaces read as plain spaces: spaCy's tokenizer splits only on " ", so "to\u00a0“stop"
#: became a space token between the words, which the parser hung anywhere and which cut quotations and
#: claims off their verb. One character for one: every offset stays the same.
_PLAIN_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})


def _parse(nlp: Language, texts: list[str], batch_size: int) -> Iterator[Doc]:
    """`nlp.pipe` over the chunks, in `parse_processes` processes."""
    texts = [t.translate(_PLAIN_SPACES) for t in texts]
    return nlp.pipe(texts, batch_size=batch_size, n_process=parse_processes(len(texts)))


@dataclass
class Partial:
    """What the chunks parsed so far have given; `finish` turns it into an Analysis."""

    entities: list[Entity] = field(default_factory=list)
    roles: dict[Span, list[str]] = field(default_factory=dict)
    stands_for: dict[Span, str] = field(default_factory=dict)
    group_names: dict[Span, str] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quoted: list[Span] = field(default_factory=list)
    relatives: dict[Span, Span] = field(default_factory=dict)  # a relative pronoun source: its noun
    discourse: Discourse = field(default_factory=Discourse)
    signals: dict[Span, Signals] = field(default_factory=dict)
    #: A transcript's turns (None: the text is an article), and who asks the questions in it.
    turns: list[Turn] | None = None
    interviewers: frozenset[Span] = frozenset()  # the labels of their turns


def analyze_chunk(doc, offset: int, partial: Partial) -> None:
    """Extract the sentence-level findings of one parsed chunk into `partial`."""
    quotations = find_quotations(doc_text(doc))
    entities = extract_entities(doc, offset)
    turns = partial.turns
    if turns is not None:  # a transcript's speaker labels are its people, not words of the text
        labels = speaker_entities(turns, offset, len(doc_text(doc)))
        entities = [e for e in entities if not any(e.start < b and a < e.end for a, b in _spans(labels))]
        entities = sorted(entities + labels, key=lambda e: (e.start, -e.end))
    quotes = find_quotes(doc, quotations, entities, offset)
    partial.entities.extend(entities)
    for group, name in [
        *find_groups(doc, entities, [(q.start, q.end) for q in quotations], offset),
        *listed_groups(doc, entities, offset),
    ]:  # described actors ("U.S. officials") and people named together ("both X and Y")
        partial.entities.append(group)
        partial.group_names[(group.start, group.end)] = name
    partial.roles.update(find_roles(doc, entities, offset))
    partial.stands_for.update(metonyms(doc, entities, offset))
    if turns is None:
        claims = find_claims(doc, quotations, entities, quotes, offset, partial.relatives)
        claims += fragment_claims(doc, quotes, claims, offset)
        quotes = sorted(
            [*quotes, *quoted_fragments(doc, quotations, quotes, claims, offset)], key=lambda q: q.start
        )
    else:
        claims = statements(doc, offset, turns)
    partial.quotes.extend(quotes)
    partial.claims.extend(claims)
    others = frozenset(w.lower() for t in turns or () for w in t.speaker.split())
    doc_ents = doc.ents
    for item in [*quotes, *claims]:
        tokens = doc.char_span(item.start - offset, item.end - offset, alignment_mode="expand")
        if tokens is not None:
            speaker = ((item.source_name if isinstance(item, Claim) else None) or "").lower()
            partial.signals[(item.start, item.end)] = signals(
                tokens, others - frozenset(speaker.split()), speaker, doc_ents
            )
    partial.quoted.extend((offset + q.start, offset + q.end) for q in quotations)
    marks = discourse_marks(doc, offset)  # sentence starts and subjects, for the pronoun resolver
    partial.discourse.sentence_starts.extend(marks.sentence_starts)
    partial.discourse.subjects.extend(marks.subjects)
    partial.discourse.main_subjects.extend(marks.main_subjects)


def finish(source: str, title: str, text: str, model: str, partial: Partial, last: bool = False) -> Analysis:
    """Merge actors and resolve speakers over everything found so far.

    Merging and resolving write into the entities, quotes and claims, so a partial analysis works
    on copies (the chunks still to come add to the originals); the `last` one takes them as they are.
    """
    if last:
        entities, quotes, claims = partial.entities, partial.quotes, partial.claims
    else:
        entities = [Entity(e.start, e.end, e.label) for e in partial.entities]
        quotes = [Quote(**{k: getattr(q, k) for k in q.__slots__}) for q in partial.quotes]
        claims = [Claim(**{k: getattr(c, k) for k in c.__slots__}) for c in partial.claims]
    entities.sort(key=lambda e: (e.start, -e.end))
    actors = build_actors(text, entities, partial.roles, partial.stands_for, partial.group_names)
    resolve(text, actors, quotes, claims, partial.quoted, partial.discourse, partial.relatives)
    speak_for_quoted_pronouns(text, quotes, claims, partial.quoted)
    if partial.turns is not None:
        name_speakers(actors, quotes, claims, partial.turns)
    score_items(quotes, claims, actors, partial.signals, partial.interviewers)
    return Analysis(
        source, title, text, model, entities, _by_prominence(actors, quotes, claims), quotes, claims
    )


def _spans(entities: list[Entity]) -> list[Span]:
    return [(e.start, e.end) for e in entities]


def _by_prominence(actors: list[Actor], quotes: list[Quote], claims: list[Claim]) -> list[Actor]:
    """Most prominent first: in a reader of who says what, each quote or claim an actor is the source
    of counts as much as two more mentions; ties go to the actor named first."""
    said: dict[str, int] = {}
    for who in [q.speaker for q in quotes] + [c.source for c in claims]:
        if who is not None:
            said[who] = said.get(who, 0) + 1
    return sorted(actors, key=lambda a: (-(len(a.mentions) + 2 * said.get(a.id, 0)), min(a.mentions)))


def _begin(text: str, transcript: bool | None) -> Partial:
    """An empty Partial that knows the text's interview turns, if it is a transcript."""
    partial = Partial()
    partial.turns = find_turns(text, transcript)
    if partial.turns is not None:
        asking = interviewers(text, partial.turns)
        partial.interviewers = frozenset(t.label for t in partial.turns if t.speaker in asking)
    return partial


def iter_analysis(
    nlp: Language,
    source: str,
    title: str,
    text: str,
    batch_size: int = 4,
    interval: float | None = 1.0,
    transcript: bool | None = None,
) -> Iterator[tuple[int, int, Analysis | None]]:
    """Yield (chunks done, chunks in all, analysis so far or None) after each parsed chunk.

    Merging and resolving run over everything found so far, and cost more as the article grows, so
    a partial analysis is made at most every `interval` seconds and no sooner than `PARTIAL_SPACING`
    times the last one took (keeping partials under a fortieth of the work); in between only the progress is
    yielded (None). The last yield always carries the whole analysis. `interval=None`: no partials.
    `transcript`: None tells a transcript from its text; True or False forces the reading.
    """
    pieces = chunks(text)
    partial = _begin(text, transcript)
    model = pipeline_label(nlp)
    due = time.monotonic() + (interval or 0.0)
    docs = _parse(nlp, [p for _, p in pieces], batch_size)
    for n, ((offset, _), doc) in enumerate(zip(pieces, docs, strict=True), 1):
        analyze_chunk(doc, offset, partial)
        now = time.monotonic()
        if n == len(pieces):
            yield n, len(pieces), finish(source, title, text, model, partial, last=True)
        elif interval is not None and now >= due:
            result = finish(source, title, text, model, partial)
            took = time.monotonic() - now
            due = time.monotonic() + max(interval, PARTIAL_SPACING * took)
            yield n, len(pieces), result
        else:
            yield n, len(pieces), None


def iter_parts(
    nlp: Language, source: str, title: str, text: str, batch_size: int = 4, transcript: bool | None = None
) -> Iterator[tuple[int, int, list[tuple[int, int, str]], Analysis | None]]:
    """Yield (chunks done, chunks in all, this chunk's entities as (start, end, label), None) after each parsed
    chunk, and the whole analysis with the last: what the reader shows while a long text is analysed.

    The highlights of each part can be shown as it arrives; the actors, quotes and claims wait for
    the end, where merging and resolving run once over everything, so the whole costs what
    `analyze` costs (partial analyses would redo that work, and the reader's lists, each time).
    `transcript` as for `iter_analysis`.
    """
    pieces = chunks(text)
    partial = _begin(text, transcript)
    model = pipeline_label(nlp)
    docs = _parse(nlp, [p for _, p in pieces], batch_size)
    for n, ((offset, _), doc) in enumerate(zip(pieces, docs, strict=True), 1):
        before = len(partial.entities)
        analyze_chunk(doc, offset, partial)
        found = [(e.start, e.end, e.label) for e in partial.entities[before:]]
        last = n == len(pieces)
        yield n, len(pieces), found, finish(source, title, text, model, partial, last=True) if last else None


def analyze(nlp: Language, source: str, title: str, text: str, transcript: bool | None = None) -> Analysis:
    """Analyse a whole article at once (no partial analyses: the command line's way)."""
    *_, (_, _, result) = iter_analysis(nlp, source, title, text, interval=None, transcript=transcript)
    assert result is not None  # the last step always carries the whole analysis
    return result
