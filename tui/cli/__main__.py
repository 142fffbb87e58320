"""`python -m tui.cli`: the same entry as the `tally` command."""

import sys

from tui.cli.main import main

sys.exit(main())
