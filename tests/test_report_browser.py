"""The HTML report as its readers see it: loaded from the file in headless Chromium (Debian's
`chromium`, driven by Playwright for Python; nothing is downloaded) at a desktop and a phone width.

What it checks, at both widths: no request leaves the file; no script runs (none in the page, no
event-handler attributes, a content security policy that forbids them, and article text that looks
like a script stays text); every entity chip, quote mark and list item is on screen, inside the
page's width, and its text reaches 4.5:1 contrast on the background it is drawn on; a chip's name
stays on one line and the type it shows is the app legend's word, with spaCy's code in its tooltip;
no gap opens between a chip and a "’s" after it; the quotes are marked in the article text; and
nothing makes the page scroll sideways.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import ARGS, CHROMIUM, WIDTHS, problems, sync_api
from tui.analysis.analyze import analyze
from tui.exports import to_html
from tui.resources import default_article
from tui.sources.local import read_article
from tui.widgets.entity_styles import ENTITY_TYPES

#: Our own article: multi-word names, a possessive after a name, a quote, a bracket, text that looks
#: like HTML and script, and a long unbroken word (a URL) that must not widen the page.
OWN = (
    "Harbour strike spreads to Valparaíso\n\n"
    "Dock workers in Valparaíso walked out on Tuesday, joining 3,000 colleagues in San Antonio. "
    "Maria Elena Soto’s union said the strike would last until Friday.\n\n"
    "“We will not go back until the port authority listens,” Maria Elena Soto said. "
    'Her statement <script>document.title="pwned"</script> was posted on '
    "https://example.org/a/very/long/path/that/never/breaks/anywhere/at/all/for/the/phone/width "
    "<img src=x onerror=\"document.title='pwned'\">.\n\n"
    "Officials said the Chilean Port Authority (CPA, also known as the Autoridad Portuaria) would meet "
    "the union on Monday.\n"
)


@pytest.fixture(scope="module")
def reports(nlp, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("reports")
    out = {}
    sample = read_article(default_article())
    analysis = analyze(nlp, sample.source, sample.title, sample.text)
    out["sample"] = folder / "sample.html"
    out["sample"].write_text(to_html(analysis, sample), encoding="utf-8")
    title = OWN.partition("\n")[0]
    out["own"] = folder / "own.html"
    out["own"].write_text(to_html(analyze(nlp, "own.txt", title, OWN)), encoding="utf-8")
    return out


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("report", ["sample", "own"])
def test_the_report_in_a_real_browser(reports, report, width, tmp_path):
    api = sync_api()
    path = reports[report]
    requests: list[str] = []
    with api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            w, h = WIDTHS[width]
            page = browser.new_page(viewport={"width": w, "height": h})
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: requests.append(f"console: {m.text}"))
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            found = problems(page, "mark.entity, .quote, li")
            chips = page.eval_on_selector_all(
                "mark.entity", "els => els.map(e => [e.querySelector('.label').textContent, e.title])"
            )
            marked_quotes = page.eval_on_selector_all(".quote[id]", "els => els.map(e => e.id)")
            links = page.eval_on_selector_all("aside a[href]", "els => els.map(e => e.getAttribute('href'))")
            title = page.title()
            csp = page.eval_on_selector(
                "meta[http-equiv='Content-Security-Policy']", "e => e.getAttribute('content')"
            )
            page.screenshot(path=str(tmp_path / f"{report}-{width}.png"), full_page=True)
        finally:
            browser.close()
    assert requests == [path.as_uri()], requests  # the file itself, nothing else, and no console output
    assert found == [], "\n".join(found)
    assert "default-src 'none'" in csp and "script" not in csp
    assert title != "pwned"
    # the chips say the legend's words; spaCy's code only in the tooltip
    legend_words = {t.name for t in ENTITY_TYPES}
    assert chips and {label for label, _ in chips} <= legend_words
    assert all("spaCy" in tooltip for _, tooltip in chips)
    # every quote is marked in the text, and its list item links to it
    assert marked_quotes and sorted(marked_quotes) == sorted(href[1:] for href in links)


def test_the_report_keeps_the_text_as_the_analysis_found_it(reports, nlp):
    """Claims keep their closing bracket (spaCy may hang it outside the clause), chips and quote
    marks hide no character of the article: the page's text is the article's."""
    api = sync_api()
    sample = read_article(default_article())
    analysis = analyze(nlp, sample.source, sample.title, sample.text)
    bracketed = [c.text for c in analysis.claims if "(" in c.text]
    assert bracketed and all(t.count("(") == t.count(")") for t in bracketed)
    with api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(reports["sample"].as_uri())
            shown = page.evaluate(
                """() => { const m = document.querySelector('main').cloneNode(true);
                m.querySelectorAll('.label, .meta').forEach(e => e.remove());
                return m.innerText; }"""
            )
            claims = page.eval_on_selector_all(
                "aside section:last-child li", "els => els.map(e => e.innerText)"
            )
        finally:
            browser.close()
    assert " ".join(shown.split()) == " ".join(sample.text.split())
    assert any("the Levant (ISIL, also known as ISIS)" in t for t in claims), claims


@pytest.mark.parametrize("width", WIDTHS)
def test_the_voices_page_in_a_real_browser(nlp, width, tmp_path):
    """The Voices page (`newsreader voices`, #17) read the same way: its tables and charts scroll in
    their own boxes on a phone, the page itself does not; nothing is fetched, nothing runs."""
    api = sync_api()
    from tui.voices.aggregate import collect
    from tui.voices.page import to_html as voices_html

    texts = [
        "Port strike\n\n“We will not go back,” Maria Soto said. She added that the union was united.\n",
        "Budget row\n\n“The numbers do not add up,” said John Berg, the city treasurer. He said the mayor "
        "had been warned.\n",
    ]
    records = []
    for i, text in enumerate(texts):
        data = analyze(nlp, f"https://news{i}.example/a.html", text.partition("\n")[0], text).to_dict()
        data.update(byline="", date=f"2024-0{i + 1}-01")
        records.append(data)
    path = tmp_path / "voices.html"
    path.write_text(voices_html(collect(records)), encoding="utf-8")
    requests: list[str] = []
    with api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            w, h = WIDTHS[width]
            page = browser.new_page(viewport={"width": w, "height": h})
            page.on("request", lambda r: requests.append(r.url))
            page.goto(path.as_uri())
            found = problems(page, "div.table, div.chart, h1, h2, p")
            names = page.eval_on_selector_all("td:first-child", "els => els.map(e => e.innerText)")
        finally:
            browser.close()
    assert requests == [path.as_uri()], requests
    assert found == [], "\n".join(found)
    assert "Maria Soto" in names and "John Berg" in names
