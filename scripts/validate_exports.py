"""Validate a folder of raw exports and land the accepted files for dbt: the same command as
`python -m landing` (the landing package, landing/__init__.py, does the work; exit codes there).

    python scripts/validate_exports.py [--exports DIR] [--landing DIR] [--report DIR] ...
"""

import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
runpy.run_module("landing", run_name="__main__")
