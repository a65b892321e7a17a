"""Allow `python -m tui` as well as the `newsreader` command."""

from tui.launch import main

raise SystemExit(main())
