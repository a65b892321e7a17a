"""Full-text search over the archive (SQLite FTS5): the quotes and claims with who said them, and
the articles' text.

A user's search is always a list of quoted words (`fts_query`), never FTS5 syntax of theirs: `"`,
NEAR, `*` and `-` are searched as the words around them.
"""

from __future__ import annotations

import re

from tui.archive.connection import Connection
from tui.archive.records import SearchHit


def fts_query(text: str) -> str:
    """A user's search as FTS5 wants it: every word quoted, all required (`"lavrov" "syria"`).

    Quotes, NEAR, `*`, `-`, `:` and parentheses are searched as the words around them, never run as
    syntax; "" when the search holds no word at all.
    """
    return " ".join(f'"{w}"' for w in re.findall(r"\w+", text, re.UNICODE))


def any_words_query(text: str) -> str:
    """The words of `text` joined by OR (for finding resembling claims), each quoted."""
    return " OR ".join(f'"{w}"' for w in dict.fromkeys(re.findall(r"\w{3,}", text.casefold(), re.UNICODE)))


def first_match(text: str, query: str) -> tuple[int, int]:
    """Where the first of the query's words is in an article's text (to open the article there)."""
    for word in re.findall(r"\w+", query, re.UNICODE):
        found = re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
        if found:
            return found.start(), found.end()
    return 0, 0


class SearchMixin(Connection):
    """Searching the kept articles and their findings."""

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Quotes and claims whose words or speaker/source match, then articles whose text matches;
        newest first (in index order, so a word in every article costs no more than a rare one: ranking
        all matches by bm25 took 450 ms for the commonest word of 10,000 articles). The query is words
        (see `fts_query`); none gives no hits."""
        match = fts_query(query)
        if not match:
            return []
        with self._read() as db:
            found = [
                SearchHit(*row)
                for row in db.execute(
                    "SELECT f.kind, f.article_id, a.title, f.start_at, f.end_at, f.text, f.who, a.last_opened "
                    "FROM findings_fts JOIN findings f ON f.id = findings_fts.rowid "
                    "JOIN articles a ON a.id = f.article_id "
                    "WHERE findings_fts MATCH ? ORDER BY findings_fts.rowid DESC LIMIT ?",
                    (match, limit),
                )
            ]
            for article_id, title, snippet, last_opened, text in db.execute(
                "SELECT a.id, a.title, snippet(articles_fts, 1, '', '', '…', 16), a.last_opened, a.text "
                "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY articles_fts.rowid DESC LIMIT ?",
                (match, limit),
            ):
                start, end = first_match(text, query)
                found.append(SearchHit("article", article_id, title, start, end, snippet, "", last_opened))
        return found
