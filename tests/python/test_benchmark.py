"""scripts/benchmark.py at the demo's size: every step runs and is measured, and the plain pandas
script (an independent computation from the raw files) agrees with the warehouse, before and after
one more day of exports lands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_benchmark_smoke_run(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "benchmark.py"), "--smoke", "--work", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-3000:]
    result = json.loads((tmp_path / "benchmark.json").read_text(encoding="utf-8"))
    (size,) = result["sizes"]
    names = [s["step"][:3] for s in size["steps"]]
    assert names == ["gen", "(a)", "(b)", "(c)", "(d)", "(f)", "(f)"]
    assert all(s["seconds"] > 0 and s["peak_rss_gb"] > 0 and s["exit_code"] == 0 for s in size["steps"])
    assert size["data_rows"] > 10_000 and size["raw_lines"] >= size["data_rows"]
    assert size["totals"]["pandas"] == size["totals"]["warehouse"]
    day = size["totals_next_day"]
    assert day["pandas"] == day["warehouse"]
    assert day["warehouse"]["spend_usd"] > size["totals"]["warehouse"]["spend_usd"]  # the new day is in
    assert {t["target"] for t in size["targets"]} >= {
        "validate + land <= 5 x floor",
        "peak RSS of every project step (c, d, f) <= 2 GB",
    }
    assert "| (d) dbt build (every test) |" in run.stdout
