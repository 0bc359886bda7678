"""What every command-line module shares: the exit codes and JSON output.

Exit codes: 0 done, 2 usage, 3 invalid input (nothing written; stderr names the field
and why), 4 not found, 5 store problem (locked, corrupt, unreadable, a wrong or missing
passphrase).
"""

import json
import sys
from typing import Any

EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_NOT_FOUND, EXIT_STORE = 0, 2, 3, 4, 5


def emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
