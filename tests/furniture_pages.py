"""News pages of our own making that copy the furniture real sites put around an article, each with
the article a person would extract from it, and the measure the article-extraction benchmark uses
(four-word shingles of `\\w+` tokens, precision and recall averaged over pages)."""

from __future__ import annotations

import re

STORY = [
    "Harbour workers in Valparaíso walked out on Tuesday, halting container traffic at Chile's second-busiest port, union leader Marta Soto said.",
    "“We will not go back until the port authority listens,” Soto told reporters outside the terminal gates, where several hundred workers had gathered since dawn.",
    "The port authority said in a statement that talks would resume on Thursday and that it expected a quick agreement on shift lengths and pay.",
    "Economists at the Central Bank estimate that each day of stoppage costs the regional economy about 12 million dollars, according to figures published last year.",
    "Transport minister Juan Carlos Muñoz urged both sides to return to the table, saying the government was ready to mediate if asked.",
]
HEADLINE = "Harbour workers strike in Valparaíso"


def _page(title: str, body: str, site: str = "The Daily Paper", host: str = "www.dailypaper.com") -> str:
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:site_name" content="{site}"><link rel="canonical" href="https://{host}/news/strike">'
        '<meta name="author" content="Ana Torres"></head><body><header><nav><a href="/">Home</a> '
        '<a href="/world">World</a></nav></header><main><article>'
        f"{body}</article></main><footer><p>© 2024 {site}. All rights reserved.</p></footer></body></html>"
    )


def _ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


#: (name, html, the article's body as a person extracts it, the headline)
PAGES: list[tuple[str, str, list[str], str]] = [
    (
        "site name after the headline",
        _page(f"{HEADLINE} | The Daily Paper", f"<h1>{HEADLINE} | The Daily Paper</h1>" + _ps(STORY)),
        STORY,
        HEADLINE,
    ),
    (
        "section before the headline, domain name after",
        _page(
            f"Opinion | {HEADLINE} - Al Bawaba",
            f"<h1>Opinion | {HEADLINE}</h1>" + _ps(STORY),
            "Al Bawaba",
            "www.albawaba.com",
        ),
        STORY,
        HEADLINE,
    ),
    (
        "headline repeated as the first paragraph",
        _page(HEADLINE, f"<h1>{HEADLINE}</h1><p>{HEADLINE}</p>" + _ps(STORY)),
        STORY,
        HEADLINE,
    ),
    (
        "related links inside the story",
        _page(
            HEADLINE,
            f"<h1>{HEADLINE}</h1>"
            + _ps(
                [
                    *STORY[:2],
                    "Related: Dock strike in Antwerp enters second week",
                    *STORY[2:4],
                    "READ MORE: Chile's ports in numbers",
                    *STORY[4:],
                ]
            ),
        ),
        STORY,
        HEADLINE,
    ),
    (
        "originally published and a correction at the end",
        _page(
            HEADLINE,
            f"<h1>{HEADLINE}</h1>"
            + _ps(
                [
                    *STORY,
                    "Correction: This report first gave the wrong date for the next round of talks, which is set for Thursday.",
                    "This article was originally published on The Conversation.",
                ]
            ),
        ),
        STORY,
        HEADLINE,
    ),
    (
        "the letters page's invitation at the end",
        _page(
            HEADLINE,
            f"<h1>{HEADLINE}</h1>"
            + _ps(
                [
                    *STORY,
                    "The Daily Paper is committed to publishing a diversity of letters to the editor. We’d like to hear what you think about this or any of our articles.",
                    "Have something to say? Send a letter to the editor.",
                ]
            ),
        ),
        STORY,
        HEADLINE,
    ),
    (
        "a name glued to its hover card",
        _page(
            HEADLINE,
            f"<h1>{HEADLINE}</h1>"
            + _ps(
                [
                    STORY[0].replace("Marta Soto", 'Marta Soto<span class="card">Marta Elena Soto</span>'),
                    *STORY[1:],
                ]
            ),
        ),
        STORY,
        HEADLINE,
    ),
]

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _TOKEN.findall(text)]
    return {tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}


def shingle_prf(predicted: str, expected: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of `predicted`'s four-word shingles against `expected`'s."""
    p, e = shingles(predicted), shingles(expected)
    both = len(p & e)
    precision = both / len(p) if p else 0.0
    recall = both / len(e) if e else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if both else 0.0)
