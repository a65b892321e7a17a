"""gender-guesser's list of first names, read once per process.

Three parts of the reader ask it: whether a word is a given name (`names.is_first_name`), the
gender a speaker's first name suggests (`speakers.first_name_gender`) and a voice's gender in the
corpus tables (`tui.voices.gender`). gender-guesser's own `Detector` reads its 48,000-line list
through `codecs` line by line, which took most of a second in every analysis process, more than
the analysis of a short article; here the list is read once, with the built-in reader, and both
the `Detector`'s table and the set of one-sex names are made from that one reading.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

#: gender-guesser's codes, as its Detector names them.
_GENDERS = {
    "M": "male",
    "1M": "mostly_male",
    "?M": "mostly_male",
    "F": "female",
    "1F": "mostly_female",
    "?F": "mostly_female",
    "?": "andy",
}
#: The codes of a name of one sex ("1M" mostly male, "?M" male more often).
_MALE, _FEMALE = frozenset({"M", "1M", "?M"}), frozenset({"F", "1F", "?F"})


@cache
def _lines() -> tuple[str, ...]:
    """The list's name lines, stripped as gender-guesser strips them (comments left out)."""
    with files("gender_guesser").joinpath("data/nam_dict.txt").open(encoding="utf-8") as f:
        return tuple(s for s in (line.strip() for line in f) if s and s[0] not in "#=")


@cache
def detector() -> Any:  # gender-guesser has no type hints
    """A case-insensitive `gender_guesser.detector.Detector` with the table its own reader makes."""
    import gender_guesser.detector as guesser

    class _Detector(guesser.Detector):
        def _parse(self, filename: str) -> None:
            self.names = names = {}
            for line in _lines():
                code, name = line.split(None, 2)[:2]
                gender, values = _GENDERS[code], line[30:-1]
                if "+" in name:  # "Abd+al": its three spellings, as gender-guesser's `_set` makes them
                    self._set(name.lower(), gender, values)
                else:
                    names.setdefault(name.lower(), {})[gender] = values

    return _Detector(case_sensitive=False)


@cache
def one_sex_names() -> frozenset[str]:
    """The lower-case names the list gives to one sex (or to both, one more often): given names;
    a name given to both alike ("Floor", "Bunny") is left out."""
    male: set[str] = set()
    female: set[str] = set()
    both: set[str] = set()  # "?M"/"?F": used for both, one more often
    for line in _lines():
        code = line[:2].strip()
        if code in _MALE or code in _FEMALE:
            name = line[3:29].strip().lower().replace("+", "-")
            (male if code in _MALE else female).add(name)
            if code.startswith("?"):
                both.add(name)
    return frozenset((male ^ female) | (both & male & female))
