"""python -m landing: validate and land a folder of exports (landing/cli.py)."""

import sys

from landing.cli import main

sys.exit(main())
