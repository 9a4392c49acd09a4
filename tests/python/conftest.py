"""Shared fixtures: paths, and a read-only connection to the warehouse that ./scripts/test built."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # the landing package and demo_world, as `python -m` finds them from the project root
DEMO = ROOT / "seeds" / "demo_exports"


@pytest.fixture(scope="module")
def warehouse() -> duckdb.DuckDBPyConnection:
    """Read-only, and closed at the end of each test module: the `mf` CLI (test_semantic_layer)
    opens the same file read-write, which DuckDB refuses while another process holds it."""
    path = ROOT / os.environ.get("KPI_DUCKDB_PATH", "warehouse/kpi.duckdb")
    if not path.exists():
        pytest.fail(f"{path} does not exist: run ./scripts/build (or ./scripts/test) first")
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="session")
def fx() -> dict[tuple[str, str], float]:
    """units of currency per USD by (YYYY-MM, currency), read from the seed with the csv module."""
    import csv

    with open(ROOT / "seeds" / "reference" / "fx_rates.csv", newline="", encoding="utf-8") as fh:
        return {(r["rate_month"][:7], r["currency_code"]): float(r["units_per_usd"]) for r in csv.DictReader(fh)}
