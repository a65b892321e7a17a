"""Debate and interview transcripts: lines `SPEAKER: words`, or tab-separated `line, speaker, words`.

A transcript says who speaks at the start of every turn, so there is nothing to attribute: every
sentence of a turn is a statement of its speaker. It is recognised from the text itself (most of
its lines open with a speaker's label, and a few speakers take turns), so a `.txt` transcript
needs no flag; a caller may force the reading either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.analysis.model import Actor, Claim, Entity, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: A speaker label at the start of a line: one to four capitalised words (names, titles, initials),
#: then a colon and the words. "Note: …" and "Update: …" are common in articles, so a label counts
#: only when several speakers recur.
_LABEL_RE = re.compile(
    r"^(?P<label>(?:[A-Z][A-Za-z'’.\-]*|[A-Z]{2,})(?:[ \t]+(?:[A-Z][A-Za-z'’.\-]*|[A-Z]{2,}|de|van|von|al|bin)){0,3})"
    r"[ \t]*:[ \t]+(?P<words>\S.*)$"
)
#: Tab-separated `line, speaker, words` (tabs may have become runs of spaces when the text was cleaned).
_TSV_RE = re.compile(r"^\s*\d+(?:\t| {2,})(?P<label>\S(?:[^\t]{0,58}?\S)?)(?:\t| {2,})(?P<words>\S.*)$")
#: Words that head a label in an article but name no speaker ("Update: …", "Photo: …").
_NOT_SPEAKERS = frozenset(
    "note update photo photos source sources editor correction video watch read related see also "
    "warning disclaimer tags topics share image caption credit by posted updated published "
    "question answer q a".split()
)
#: A transcript: at least this many labelled lines …
MIN_TURNS = 6
#: … making up at least this share of the non-empty lines …
MIN_SHARE = 0.6
#: … by at least two speakers, the two most frequent speaking at least this share of the turns.
MIN_SPEAKERS = 2
#: A speaker whose sentences are at least this share questions, and over twice as often as the
#: typical speaker's, is the one asking (a moderator, an interviewer).
INTERVIEWER_QUESTIONS = 0.1
_STAGE_RE = re.compile(r"[(\[][^()\[\]]*[)\]][.!?]*")
_SENTENCE_END_RE = re.compile(r"[.?!]+(?:\s|$)")


@dataclass(slots=True, frozen=True)
class Turn:
    """One speaker's turn: where the label and the words lie in the text."""

    speaker: str
    label: tuple[int, int]
    words: tuple[int, int]


def speaker_name(label: str) -> str:
    """The speaker as a reader writes it: "TRUMP" → "Trump", "MR. SMITH" → "Mr. Smith"."""
    label = " ".join(label.split())
    if label.isupper():
        return " ".join(w[:1] + w[1:].lower() for w in label.split())
    return label


def find_turns(text: str, force: bool | None = None) -> list[Turn] | None:
    """The turns of a transcript, or None when the text is not one.

    `force=True` reads any labelled lines as turns even when too few lines have labels to tell;
    `force=False` never reads the text as a transcript.
    """
    if force is False:
        return None
    turns: list[Turn] = []
    lines = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            lines += 1
            turn = _turn(body, offset)
            if turn is not None:
                turns.append(turn)
            elif turns:  # an unlabelled paragraph goes on with the speaker before it
                last = turns[-1]
                start = offset + len(body) - len(body.lstrip())
                turns.append(Turn(last.speaker, last.label, (start, offset + len(body.rstrip()))))
        offset += len(line)
    if not turns:
        return None
    if force:
        return turns
    speakers: dict[str, int] = {}
    for turn in turns:
        speakers[turn.speaker] = speakers.get(turn.speaker, 0) + 1
    recurring = [s for s, n in speakers.items() if n >= 2]
    labelled = sum(1 for i, t in enumerate(turns) if i == 0 or t.label != turns[i - 1].label)
    if labelled < MIN_TURNS or labelled < MIN_SHARE * lines or len(recurring) < MIN_SPEAKERS:
        return None
    return turns


def _turn(line: str, offset: int) -> Turn | None:
    match = _TSV_RE.match(line) or _LABEL_RE.match(line)
    if match is None:
        return None
    label = match.group("label").strip()
    if label.split()[0].lower().strip(".") in _NOT_SPEAKERS or len(label) > 60:
        return None
    ls = offset + match.start("label")
    return Turn(
        speaker_name(label),
        (ls, ls + len(label)),
        (offset + match.start("words"), offset + match.start("words") + len(match.group("words").rstrip())),
    )


def statements(doc: Doc, offset: int, turns: list[Turn]) -> list[Claim]:
    """Every sentence of every turn in this parsed chunk, as a statement of the turn's speaker.

    A sentence is cut at its turn's ends (the parser may run two short turns into one sentence);
    stage directions in brackets ("(APPLAUSE)", "[crosstalk]") are nobody's statement.
    """
    text = doc.text
    end_of_chunk = offset + len(text)
    out: list[Claim] = []
    inside = [t for t in turns if t.words[0] < end_of_chunk and t.words[1] > offset]
    if not inside:
        return out
    for sent in doc.sents:
        s0, s1 = offset + sent.start_char, offset + sent.end_char
        for turn in inside:
            a, b = max(s0, turn.words[0]), min(s1, turn.words[1])
            if b <= a:
                continue
            words = text[a - offset : b - offset]
            stripped = words.strip()
            if not any(ch.isalnum() for ch in stripped) or _STAGE_RE.fullmatch(stripped):
                continue
            a += len(words) - len(words.lstrip())
            b -= len(words) - len(words.rstrip())
            out.append(
                Claim(
                    a,
                    b,
                    text[a - offset : b - offset],
                    source_name=turn.speaker,
                    source_span=turn.label,
                    kind="statement",
                )
            )
    return out


def speaker_entities(turns: list[Turn], offset: int, length: int) -> list[Entity]:
    """Each turn's label in this chunk as a PERSON mention, so its speaker becomes an actor."""
    seen: set[tuple[int, int]] = set()
    out: list[Entity] = []
    for turn in turns:
        if turn.label in seen or not offset <= turn.label[0] < offset + length:
            continue
        seen.add(turn.label)
        out.append(Entity(turn.label[0], turn.label[1], "PERSON"))
    return out


def interviewers(text: str, turns: list[Turn]) -> frozenset[str]:
    """Speakers whose turns are mostly questions: the moderator or interviewer, who asks rather
    than asserts."""
    asked: dict[str, list[int]] = {}
    for turn in turns:
        words = text[turn.words[0] : turn.words[1]]
        counts = asked.setdefault(turn.speaker, [0, 0])
        counts[0] += words.count("?")
        counts[1] += max(1, len(_SENTENCE_END_RE.findall(words)))
    shares = {s: q / n for s, (q, n) in asked.items() if n >= 3}
    if len(shares) < 2:
        return frozenset()
    typical = sorted(shares.values())[(len(shares) - 1) // 2]
    return frozenset(
        s for s, share in shares.items() if share >= INTERVIEWER_QUESTIONS and share >= 2.5 * typical
    )


def name_speakers(actors: list[Actor], quotes: list[Quote], claims: list[Claim], turns: list[Turn]) -> None:
    """Speakers labelled in capitals ("TRUMP") are named as a reader writes them ("Trump"), in the
    actors and in every quote and claim they said."""
    labels = {turn.label for turn in turns}
    renamed: dict[str, str] = {}
    for actor in actors:
        if actor.name.isupper() and any(m in labels for m in actor.mentions):
            renamed[actor.id] = actor.name = speaker_name(actor.name)
    for quote in quotes:
        if quote.speaker in renamed:
            quote.speaker_name = renamed[quote.speaker]
    for claim in claims:
        if claim.source in renamed:
            claim.source_name = renamed[claim.source]
