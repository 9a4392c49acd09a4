#!/usr/bin/env python3
"""Generate the demo world's raw exports (the demo_world package; see demo_world/__main__.py).

python scripts/generate_demo_data.py [--seed N] [--scale N] [--out DIR]   (= python -m demo_world)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from demo_world.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
