"""Allow `python -m tui` as well as the `newsreader` command."""

from tui.cli import main

raise SystemExit(main())
