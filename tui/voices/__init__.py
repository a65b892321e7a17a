"""Voices: who is quoted across many articles (people, kinds of source, gender, outlets, time).

`tui.voices.facts` makes one article's facts, `tui.voices.columns` a corpus's as Arrow tables,
`tui.voices.sidecar` and `tui.voices.archived` keep them beside a results file and the archive,
`tui.voices.aggregate` turns them into voices and breakdowns with array operations (pure: neither
Textual nor SQLite), `tui.voices.gender` and `tui.voices.kinds` hold the rules, `tui.voices.report` the JSON, CSV and
terminal tables, `tui.voices.page` the standalone HTML page with its SVG charts,
`tui.voices.gather` where the analyses come from, and `tui.voices.command` `newsreader voices`.
"""
