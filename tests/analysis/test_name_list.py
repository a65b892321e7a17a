"""The first-name list read once (`tui.analysis.name_list`) must give what gender-guesser's own reader gives."""

import gender_guesser.detector as guesser

from tui.analysis.name_list import detector, one_sex_names
from tui.analysis.names import is_first_name
from tui.analysis.speakers import first_name_gender


def test_detector_table_is_gender_guessers_own() -> None:
    stock = guesser.Detector(case_sensitive=False)
    assert detector().names == stock.names
    for name in ("Maria", "Taylor", "Jean", "Abd al", "Kim", "Zzyzx"):
        assert detector().get_gender(name) == stock.get_gender(name)


def test_one_sex_names() -> None:
    names = one_sex_names()
    assert {"brock", "jenna", "maria"} <= names
    assert "floor" not in names  # given to both sexes alike
    assert is_first_name("Brock") and not is_first_name("Bunny")


def test_first_name_gender_reads_the_shared_table() -> None:
    assert first_name_gender("Maria Lopez")[0] == "f"
    assert first_name_gender("John Smith")[0] == "m"
