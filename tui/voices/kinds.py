"""What kind of source a quote or claim has, and whether that source speaks for an office.

Kinds, as media research reports them:

- `person`: a named person ("Marta Soto");
- `organisation`: a named organisation, country or nationality ("the Kremlin", "Reuters");
- `description`: people named by what they are, not who ("U.S. officials", "a spokesman for the
  ministry", "analysts");
- `anonymous`: sources that are kept unnamed on purpose ("sources close to the ministry", "a person
  familiar with the talks", "an official who spoke on condition of anonymity");
- `unresolved`: a pronoun the analysis could not tie to anyone ("he said", with no one in view);
- `unattributed`: no source at all.

An official is a source whose roles (for a person) or name (for a group or an organisation) name an
office (minister, spokesperson, senator, police, officials …) or an institution of the state
(ministry, Senate, White House …); see `official_role`.
"""

from __future__ import annotations

import re

KINDS = ("person", "organisation", "description", "anonymous", "unresolved", "unattributed")
KIND_NAMES = {
    "person": "named person",
    "organisation": "organisation",
    "description": "description",
    "anonymous": "anonymous",
    "unresolved": "unresolved pronoun",
    "unattributed": "unattributed",
}
ORGANISATION_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})

ANONYMOUS = re.compile(
    r"\b(sources?|insiders?|familiar with|anonymity|anonymous(ly)?|not authori[sz]ed|declined to be named|"
    r"asked not to be (named|identified)|unnamed|who requested)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("he she they it him her them we i you his hers their".split())
#: Words for an office holder: a person's role is official when its head (last) word is one ("Massachusetts
#: Sen.", "White House press secretary"), a group's or organisation's name when it holds one anywhere.
OFFICE_HOLDERS = re.compile(
    r"\b(ministers?|secretary|secretaries|secretary[- ]general|spokes(?:man|woman|men|women|person|people)|"
    r"senators?|sen|reps?|representatives?|congress(?:man|woman|men|women)|lawmakers?|legislators?|"
    r"parliamentarians?|mps?|governors?|gov|mayors?|president|president-elect|premier|chancellor|police|"
    r"policem[ae]n|sheriffs?|officers?|officials?|authorit(?:y|ies)|ambassadors?|diplomats?|consul|judges?|"
    r"justices?|prosecutors?|attorneys? general|commissioners?|council(?:lors?|ors?|man|woman)|generals?|"
    r"gen|admirals?|colonels?|regulators?|envoys?|prime minister)\.?$",
    re.IGNORECASE,
)
#: Institutions of the state: a role or name that holds one speaks for an office ("Senate Majority Leader",
#: "the ministry", "the Pentagon").
INSTITUTIONS = re.compile(
    r"\b(ministry|ministries|senate|congress|parliament|white house|pentagon|kremlin|downing street|"
    r"administration|government|cabinet|state department|department of|embassy|police|military|army|navy|"
    r"officials?|authorities|agency|prosecutors?|council)\b",
    re.IGNORECASE,
)


def official_role(role: str) -> bool:
    """A role that names an office: its head word is an office holder's, or it names an institution of
    the state. A role the parser ran into a list ("President Obama and Republican nominee") is none."""
    if " and " in role or "," in role:
        return False
    return bool(OFFICE_HOLDERS.search(role.strip()) or INSTITUTIONS.search(role))


def kind_of(label: str | None, name: str, has_source: bool) -> str:
    """The kind of a quote's or claim's source: its actor's label and name (or the words the text
    attributes it to, when no actor was resolved)."""
    if label == "PERSON":
        return "person"
    if label in ORGANISATION_LABELS:
        return "organisation"
    if label is not None:  # a described actor (GROUP)
        return "anonymous" if ANONYMOUS.search(name) else "description"
    if not has_source:
        return "unattributed"
    words = name.strip().lower()
    if words in _PRONOUNS:
        return "unresolved"
    return "anonymous" if ANONYMOUS.search(name) else "description"


def is_official(kind: str, name: str, roles: list[str]) -> bool:
    """Whether the source speaks for an office: a person by their roles, others by their name."""
    if kind in ("unresolved", "unattributed"):
        return False
    if kind == "person":
        return any(official_role(role) for role in roles)
    return bool(INSTITUTIONS.search(name) or OFFICE_HOLDERS.search(name.strip()))
