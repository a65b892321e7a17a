"""trafilatura against readability-lxml on pages made here: paragraphs kept, furniture kept, metadata found.

Run: python benchmarks/html_extractors.py (needs `pip install readability-lxml`; the app does not).
Result when written (trafilatura 2.3, readability-lxml 0.9): both keep every paragraph of all four
pages; readability keeps the share bar of the news page and gives the <title> with the site name and no
byline or date; trafilatura gives the headline, author and date. The app uses trafilatura.
"""

NAV = '<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav><div class="search">Search</div></header>'
SIDE = '<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Celebrity weds in secret ceremony</a></li><li><a href="/b">Ten tips for a better garden this spring</a></li><li><a href="/c">Stock markets rally on rate hopes</a></li></ul></aside>'
FOOT = '<footer><p>© 2024 The Daily Paper. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>'
COMMENTS = '<section id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published.</p><div class="comment"><p>Great article, thanks!</p></div></section>'
P = [
    "Harbour workers in Valparaíso walked out on Tuesday, halting container traffic at Chile's second-busiest port, union leader Marta Soto said.",
    "“We will not go back until the port authority listens,” Soto told reporters outside the terminal gates, where several hundred workers had gathered since dawn.",
    "The port authority said in a statement that talks would resume on Thursday and that it expected a quick agreement on shift lengths and pay.",
    "Economists at the Central Bank estimate that each day of stoppage costs the regional economy about 12 million dollars, according to figures published last year.",
    "Transport minister Juan Carlos Muñoz urged both sides to return to the table, saying the government was ready to mediate if asked.",
]


def page1():  # classic news page with meta + json-ld
    body = "".join(f"<p>{p}</p>" for p in P)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour workers strike in Valparaíso | The Daily Paper</title>
<meta property="og:title" content="Harbour workers strike in Valparaíso">
<meta name="author" content="Ana Torres"><meta property="article:published_time" content="2024-03-12T08:30:00Z">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour workers strike in Valparaíso","author":{{"@type":"Person","name":"Ana Torres"}},"datePublished":"2024-03-12"}}</script>
</head><body>{NAV}<main><article><h1>Harbour workers strike in Valparaíso</h1><p class="byline">By Ana Torres</p><time datetime="2024-03-12">12 March 2024</time>
<div class="share"><a>Share on Twitter</a> <a>Share on Facebook</a></div>{body}<div class="related"><h3>Related articles</h3><ul><li><a href="/x">Dock strike in Antwerp enters second week</a></li></ul></div></article></main>{SIDE}{COMMENTS}{FOOT}</body></html>"""


def page2():  # no metadata, div soup, byline in text
    body = "".join(f'<div class="para">{p}</div>' for p in P)
    return f"""<html><head><title>Strike at the port</title></head><body>{NAV}<div id="wrap"><div class="content"><h2 class="headline">Strike halts Valparaíso port</h2><div class="meta">Marta Lopez | March 12, 2024</div>{body}</div>{SIDE}</div>{FOOT}</body></html>"""


def page3():  # blog with lots of boilerplate and a short article
    body = "".join(f"<p>{p}</p>" for p in P[:3])
    cookie = '<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.</p><button>Accept</button></div>'
    newsletter = '<div class="newsletter"><h4>Sign up for our newsletter</h4><p>Get the best stories delivered to your inbox every morning, free.</p><input></div>'
    return f"""<html lang="en"><head><meta charset="utf-8"><title>Port strike - Local Blog</title><meta name="description" content="Workers walk out"></head><body>{cookie}{NAV}<article><header><h1>Port strike: what we know</h1><span class="author">Posted by Rita Gomez on 2024-03-13</span></header>{body}{newsletter}</article>{SIDE}{COMMENTS}{FOOT}</body></html>"""


def page4():  # legacy encoding page, paragraphs in <br>
    body = "<br><br>".join(P)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Huelga portuaria</title></head><body><table><tr><td>{NAV}</td></tr><tr><td><b>Harbour strike in Valparaíso</b><br>{body}</td><td>{SIDE}</td></tr></table>{FOOT}</body></html>"""


PAGES = {"meta-news": page1(), "div-soup": page2(), "blog-boilerplate": page3(), "legacy-table": page4()}

import time  # noqa: E402

import lxml.html  # noqa: E402
import trafilatura  # noqa: E402
from readability import Document  # noqa: E402

BOILER = [
    "Most read",
    "Celebrity",
    "garden",
    "Privacy",
    "cookies",
    "newsletter",
    "Great article",
    "Leave a Reply",
    "Share on",
    "Antwerp",
    "Home",
    "All rights",
]


def score(text):
    got = sum(1 for p in P if p[:60] in text)
    junk = [b for b in BOILER if b in text]
    return got, junk


for name, html in PAGES.items():
    data = html.encode("cp1252" if name == "legacy-table" else "utf-8")
    t = time.perf_counter()
    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, favor_precision=False)
    tt = time.perf_counter() - t
    text = doc.text if doc else ""
    g, j = score(text)
    print(
        f"{name:18} trafilatura {tt * 1000:5.0f}ms paras {g}/{len(P)} junk {j} title={doc.title!r} author={doc.author!r} date={doc.date!r}"
    )
    t = time.perf_counter()
    d = Document(data)
    summ = d.summary()
    rt = time.perf_counter() - t
    rtext = lxml.html.fromstring(summ).text_content()
    g, j = score(rtext)
    print(f"{'':18} readability {rt * 1000:5.0f}ms paras {g}/{len(P)} junk {j} title={d.short_title()!r}")
