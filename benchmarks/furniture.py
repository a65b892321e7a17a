"""Article bodies against what a person extracts, on pages that copy real sites' furniture.

Run: python benchmarks/furniture.py. Scores each page's body (the text after the headline) with the
article-extraction benchmark's measure, four-word shingles of `\\w+` tokens, precision and recall
averaged over pages, for trafilatura alone (as the reader calls it) and for the reader's article.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.furniture_pages import PAGES, shingle_prf
from tui.sources.html import article_from_html


def trafilatura_alone(html: str) -> str:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    return doc.text or ""


def main() -> None:
    rows = []
    for name, html, body, _ in PAGES:
        expected = "\n".join(body)
        reader = article_from_html(html, "page.html").text.split("\n\n", 1)[1]
        rows.append((name, shingle_prf(trafilatura_alone(html), expected), shingle_prf(reader, expected)))
    print(f"{'page':52} {'trafilatura P/R':>16} {'newsreader P/R':>16}")
    for name, t, r in rows:
        print(f"{name:52} {t[0]:7.3f} {t[1]:7.3f}  {r[0]:7.3f} {r[1]:7.3f}")
    for label, i in (("trafilatura alone", 1), ("newsreader", 2)):
        p = sum(row[i][0] for row in rows) / len(rows)
        r = sum(row[i][1] for row in rows) / len(rows)
        print(f"{label}: precision {p:.3f} recall {r:.3f} F1 {2 * p * r / (p + r):.3f}")


if __name__ == "__main__":
    main()
