"""Headless Chromium for the tests of the pages we write (the HTML report, the Voices page): Debian's
`chromium` driven by Playwright for Python, pointed at the system browser, so nothing is downloaded.

`problems(page, shown)` lists what a reader would meet: text under 4.5:1 contrast on the background
it is drawn on; an element of `shown` (a CSS selector) hidden, empty or outside the page's width;
an entity chip whose name breaks across lines although it fits one, or a gap before a "’s" after
it; a page that scrolls sideways; script elements, event-handler attributes or javascript: URLs.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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


def sync_api():
    """Playwright's sync API, or a skip saying why there is no browser to drive."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run installs it)")
    return pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")


#: Runs in the page: every problem a reader would meet, as strings.
PROBLEMS_JS = r"""
(shown) => {
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
  for (const el of document.querySelectorAll(shown)) {
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
    if (tops.size > 1 && wide < 0.8 * chip.parentElement.closest("main, p, div, body").clientWidth)
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


def problems(page, shown: str) -> list[str]:
    return page.evaluate(PROBLEMS_JS, shown)
