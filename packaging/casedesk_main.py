"""Frozen entry point: the same ``casedesk.launch:main`` as the installed ``casedesk`` script."""

import sys

from casedesk.launch import main

if __name__ == "__main__":
    sys.exit(main())
