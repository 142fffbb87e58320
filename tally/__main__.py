"""`python -m tally`: the same entry as the `tally` command."""

import sys

from tally import main

sys.exit(main())
