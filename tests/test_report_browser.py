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

import os
from pathlib import Path

import pytest

from tui.analysis.analyze import analyze
from tui.articles import read_article
from tui.exports import to_html
from tui.resources import default_article
from tui.widgets.entity_styles import ENTITY_TYPES

CHROMIUM = os.environ.get("NEWSREADER_TEST_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}

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


def _browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
    return sync_api


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


#: Runs in the page: every problem a reader would meet, as strings.
PROBLEMS_JS = r"""
() => {
  const problems = [];
  const W = window.innerWidth;
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const name = (el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 40)}"`;
  // every element that draws text of its own
  for (const el of document.body.querySelectorAll("*")) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const s = getComputedStyle(el);
    const r = ratio(rgb(s.color).slice(0, 3), background(el));
    if (r < 4.5) problems.push(`contrast ${r.toFixed(2)}:1: ${name(el)}`);
  }
  // chips, quote marks and list items: shown, inside the page's width
  for (const el of document.querySelectorAll("mark.entity, .quote, li")) {
    const s = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (s.visibility !== "visible" || s.display === "none" || Number(s.opacity) < 1 || box.width < 1 || box.height < 1)
      problems.push(`not visible: ${name(el)}`);
    if (box.left < -0.5 || box.right > W + 0.5) problems.push(`outside the width (${box.left}-${box.right} of ${W}): ${name(el)}`);
  }
  // a chip's name on one line
  for (const chip of document.querySelectorAll("mark.entity")) {
    const words = chip.firstChild;
    const range = document.createRange();
    range.selectNodeContents(words);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const tops = new Set(rects.map((r) => Math.round(r.top)));
    const wide = rects.reduce((sum, r) => sum + r.width, 0);
    // (a name wider than the column, a URL say, has to break; any other stays whole)
    if (tops.size > 1 && wide < 0.8 * chip.closest("main").clientWidth)
      problems.push(`chip broken across lines: ${name(chip)}`);
    // no gap between a chip and the "’s" after it
    const next = chip.nextSibling;
    if (next && next.nodeType === 3 && /^[’']s\b/.test(next.textContent)) {
      const r = document.createRange();
      r.setStart(next, 0); r.setEnd(next, 1);
      const gap = r.getBoundingClientRect().left - chip.getBoundingClientRect().right;
      if (gap > 1) problems.push(`a ${gap.toFixed(1)}px gap before ’s after ${name(chip)}`);
    }
  }
  if (document.documentElement.scrollWidth > W) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${W}`);
  // nothing that runs
  if (document.scripts.length) problems.push(`${document.scripts.length} script element(s)`);
  for (const el of document.querySelectorAll("*"))
    for (const a of el.attributes) {
      if (a.name.startsWith("on")) problems.push(`event handler ${a.name} on ${name(el)}`);
      if (/^\s*javascript:/i.test(a.value)) problems.push(`javascript: URL on ${name(el)}`);
    }
  return problems;
}
"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("report", ["sample", "own"])
def test_the_report_in_a_real_browser(reports, report, width, tmp_path):
    sync_api = _browser()
    path = reports[report]
    requests: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            w, h = WIDTHS[width]
            page = browser.new_page(viewport={"width": w, "height": h})
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: requests.append(f"console: {m.text}"))
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            problems = page.evaluate(PROBLEMS_JS)
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
    assert problems == [], "\n".join(problems)
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
    sync_api = _browser()
    sample = read_article(default_article())
    analysis = analyze(nlp, sample.source, sample.title, sample.text)
    bracketed = [c.text for c in analysis.claims if "(" in c.text]
    assert bracketed and all(t.count("(") == t.count(")") for t in bracketed)
    with sync_api.sync_playwright() as pw:
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
    assert any(t.endswith("(ISIL, also known as ISIS)") for t in claims), claims
