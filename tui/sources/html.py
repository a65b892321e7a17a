"""Web pages to articles with trafilatura: the main text, headline, byline and date, without the page.

Measured against readability-lxml on local pages made for it (a news page with navigation, sidebar,
share bar, related links, comments and footer; a page of bare divs; a blog with a cookie banner and a
newsletter box; a table-laid legacy page in Windows-1252): both kept every paragraph, but readability
kept the share bar on the first and gives only the `<title>` (with the site's name appended) and no
byline or date, while trafilatura gave the headline, the author and the publication date and no
furniture. So trafilatura it is (see benchmarks/html_extractors.py).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from tui.articles import Article, ArticleError, article_from_text, sanitize

# trafilatura and htmldate log their doubts as warnings; with no logging set up those would reach
# stderr (or the terminal under the app). Their failure is ours to report, in one line.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(".")


#: What separates a headline from the site's name or a section in a page's title.
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")
#: Section names a site puts before or after a headline ("Opinion | …", "… - World News").
_SECTIONS = frozenset(
    """opinion opinions analysis commentary comment editorial editorials review reviews live video
    videos watch listen podcast news world us u.s. uk politics business sport sports tech technology
    science health entertainment culture lifestyle breaking exclusive explainer interview
    latest local national international""".split()
)


def _squash(text: str) -> str:
    """Letters and digits only, lower case: "Al Bawaba" and "albawaba.com" meet as "albawaba"."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def strip_site_name(title: str, sitename: str | None, hostname: str | None) -> str:
    """The headline without the site's name or a section label around it, as the page's metadata
    names them: "Storm hits coast | The Daily Paper" → "Storm hits coast"; "Opinion | …" → "…".

    A part goes when it is the site's name (`og:site_name`), its domain's name ("albawaba" for
    www.albawaba.com), or a section word or two; the headline itself (the longest part) always stays.
    """
    parts = _TITLE_SEPARATORS.split(title.strip())
    if len(parts) < 2:
        return title.strip()
    names = {_squash(sitename or "")} - {""}
    if hostname:
        host = hostname.casefold().removeprefix("www.")
        names |= {_squash(host), _squash(host.rsplit(".", 1)[0]), _squash(host.split(".")[0])} - {""}

    def furniture(part: str) -> bool:
        squashed = _squash(part)
        if not squashed:
            return True
        if squashed in names or any(n and (squashed.startswith(n) or n.startswith(squashed)) for n in names):
            return True
        words = part.casefold().split()
        return len(words) <= 3 and all(w.strip(".:") in _SECTIONS for w in words)

    headline = max(parts, key=len)
    kept = [p for p in parts if p is headline or not furniture(p)]
    return " - ".join(kept) if len(kept) > 1 else headline


def article_from_html(html: str, source: str, url: str | None = None) -> Article:
    """The article in a web page, or ArticleError when the page has no article text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml on hostile markup: a message, not a traceback
        raise ArticleError(f"{source}: the page cannot be parsed ({type(exc).__name__})") from None
    text = (doc.text or "") if doc is not None else ""
    lines = [line.strip() for line in sanitize(text).split("\n") if line.strip()]
    if not lines:
        raise ArticleError(f"{source}: no article text found in the page")
    raw_title = sanitize(doc.title or "").strip() if doc is not None else ""
    title = strip_site_name(raw_title, doc.sitename, doc.hostname) if raw_title else ""
    if title and _norm(lines[0]) in (_norm(title), _norm(raw_title)):  # the headline, repeated
        lines = lines[1:]
    elif not title:
        title, lines = lines[0], lines[1:]
    if sum(len(line.split()) for line in lines) < 5:  # a menu word or two is not an article
        raise ArticleError(f"{source}: no article text found in the page")
    article = article_from_text("\n\n".join([title, *lines]), source=source)
    byline = " ".join(sanitize(doc.author or "").split()) if doc is not None else ""
    date = sanitize(doc.date or "").strip() if doc is not None else ""
    return replace(article, byline=byline, date=date)
