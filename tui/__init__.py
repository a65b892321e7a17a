"""newsreader: a terminal reader that shows who says what in a news article."""

__version__ = "0.1.0"
