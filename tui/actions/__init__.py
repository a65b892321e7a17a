"""The reader's behaviour in parts, each a mixin of `NewsReaderApp` named after what it does, so that
`tui/app.py` keeps to composing the screen and the keys."""
