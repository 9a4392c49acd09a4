"""python -m landing: validate and land a folder of exports (landing/cli.py).

Exit codes: 0 every file accepted, 1 a file rejected, 2 a usage error (a missing folder, a bad
setting or aliases file), 3 validation failed to run (a bug, not a verdict on the exports: the
traceback is printed). A bad input file is never a 3: it is a named rejection."""

import sys
import traceback

FAILED_TO_RUN = 3

try:
    from landing.cli import main

    code = main()
except SystemExit:
    raise
except BaseException:  # noqa: BLE001 - anything else is the validator's failure, told apart from a rejection
    traceback.print_exc()
    print("validate_exports: validation failed to run (the traceback above is a bug, not a verdict on the exports)",
          file=sys.stderr)  # fmt: skip
    code = FAILED_TO_RUN
sys.exit(code)
