"""``python -m casedesk``: the command line (and, without a subcommand, the GUI)."""

import sys

from casedesk.launch import main

sys.exit(main())
