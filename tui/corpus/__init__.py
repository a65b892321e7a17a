"""Corpus analysis: many articles analysed once each into one results file (JSON Lines or Parquet).

`tui.corpus.results` reads and writes the results file (resumable: a record carries the hash of its
text), `tui.corpus.inputs` turns paths, folders, feeds and URLs into articles one at a time (bad files
become skips with their reason), `tui.corpus.execution` runs the pure analysis in this process, in
forked processes or on a Dask cluster (`tui.corpus.cluster`, whose workers hand their batches to
a single-threaded `tui.corpus.analysis_process`), and `tui.corpus.command` is the
`newsreader corpus` command. Nothing here imports Textual.
"""
