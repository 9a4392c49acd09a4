"""Shared fixtures: paths, and a read-only connection to the warehouse that ./scripts/test built."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # the landing package and demo_world, as `python -m` finds them from the project root
DEMO = ROOT / "seeds" / "demo_exports"


def open_warehouse(path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to a built warehouse file, with its marts schema first on the search
    path: tests name a mart as a BI tool pointed at the schema `marts` does, and staging or
    quarantine tables (schema main) by their plain names too."""
    con = duckdb.connect(str(path), read_only=True)
    schemas = {r[0] for r in con.execute("select schema_name from duckdb_schemas()").fetchall()}
    con.execute(
        "set search_path = 'marts,main'" if "marts" in schemas else "set search_path = 'main'"
    )  # a partial build
    return con


@pytest.fixture(scope="module")
def warehouse() -> duckdb.DuckDBPyConnection:
    """Read-only, and closed at the end of each test module: the `mf` CLI (test_semantic_layer)
    opens the same file read-write, which DuckDB refuses while another process holds it."""
    path = ROOT / os.environ.get("KPI_DUCKDB_PATH", "warehouse/kpi.duckdb")
    if not path.exists():
        pytest.fail(f"{path} does not exist: run ./scripts/build (or ./scripts/test) first")
    con = open_warehouse(path)
    yield con
    con.close()


MANIFEST = ROOT / "target" / "manifest.json"


@pytest.fixture(scope="session")
def manifest() -> dict:
    """target/manifest.json: ./scripts/test writes it (dbt docs generate) before pytest; else parsed."""
    if not MANIFEST.exists():
        subprocess.run([str(ROOT / ".venv" / "bin" / "dbt"), "parse", "--quiet"], cwd=ROOT, check=True)
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def fx() -> dict[tuple[str, str], float]:
    """units of currency per USD by (YYYY-MM, currency), read from the seed with the csv module."""
    import csv

    with open(ROOT / "seeds" / "reference" / "fx_rates.csv", newline="", encoding="utf-8") as fh:
        return {(r["rate_month"][:7], r["currency_code"]): float(r["units_per_usd"]) for r in csv.DictReader(fh)}


# The oldest DuckDB client the README promises opens the warehouse: the profile writes DuckDB 1.4's
# storage format (profiles.yml, config_options). BI tools embed older clients than ours.
OLDEST_DUCKDB = "1.4.0"

# Run by a DuckDB client's Python: every table of the schema marts, with its row count, a digest of
# its sorted rows and its comment (the mart's description), as JSON.
MART_DIGESTS = """
import hashlib, json, sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
out = {"client": duckdb.__version__, "marts": {}}
for name, comment in con.execute(
        "select table_name, comment from duckdb_tables() where schema_name = 'marts' order by 1").fetchall():
    rows = sorted(repr(r) for r in con.execute(f'select * from marts."{name}"').fetchall())
    out["marts"][name] = [len(rows), hashlib.sha256("\\n".join(rows).encode()).hexdigest(), comment]
print(json.dumps(out))
"""


def mart_digests(python: Path | str, warehouse: Path) -> dict:
    """MART_DIGESTS run by the given Python (and its duckdb) on a warehouse file."""
    run = subprocess.run([str(python), "-c", MART_DIGESTS, str(warehouse)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


@pytest.fixture(scope="session")
def oldest_duckdb(tmp_path_factory) -> Path:
    """The Python of a throwaway venv with DuckDB OLDEST_DUCKDB from PyPI (a BI tool's client)."""
    venv = tmp_path_factory.mktemp("oldest-duckdb")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         f"duckdb=={OLDEST_DUCKDB}"], capture_output=True, text=True)  # fmt: skip
    if pip.returncode != 0:
        pytest.fail(f"could not install duckdb=={OLDEST_DUCKDB} from PyPI: {pip.stderr[-2000:]}")
    return venv / "bin" / "python"
