"""Validate a folder of raw exports and land the accepted files for dbt: the same command as
`python -m landing` (the landing package, landing/__init__.py, does the work).

    python scripts/validate_exports.py [--exports DIR] [--landing DIR] [--report DIR] ...
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from landing.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
