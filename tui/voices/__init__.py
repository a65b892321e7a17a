"""Voices: who is quoted across many articles (people, kinds of source, gender, outlets, time).

`tui.voices.aggregate` turns analyses into voices and breakdowns (pure: neither Textual nor SQLite),
`tui.voices.gender` and `tui.voices.kinds` hold the rules, `tui.voices.report` the JSON, CSV and
terminal tables, `tui.voices.page` the standalone HTML page with its SVG charts,
`tui.voices.gather` where the analyses come from, and `tui.voices.command` `newsreader voices`.
"""
