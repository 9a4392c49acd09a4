"""A sequence of incremental runs equals a full refresh over the same files, table by table and row
by row: every base, staging, intermediate and mart relation of the warehouse.

The sequence is what a month of scheduled runs sees on the demo world: day 1 lands every export but
the newest month; day 2 the newest month arrives, an older Google Ads report is re-downloaded with
restated rows (a cost changed, a row gone) and a GA4 export is deleted; day 3 one more day of Google
Ads arrives. The warehouse holds no table but the DAG's nodes (and build_state): no side tables. Each day lands through the ledger (unchanged files are not read again) and runs dbt
incrementally on the warehouse of the day before; then a full refresh builds a second warehouse
from the same landing folder."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import DEMO, ROOT, open_warehouse

sys.path.insert(0, str(ROOT / "scripts"))
import build_state  # noqa: E402
from benchmark import add_one_day  # noqa: E402

from landing import cli  # noqa: E402

NEWEST = "2026-10"
GOOGLE = Path("google_ads/campaign_report")


def land_and_run(exports: Path, landing: Path, db: Path, tmp: Path, *extra: str) -> str:
    """Land, then build as ./scripts/build and the runner do: a full refresh for a new warehouse, else
    only what the changed landed tables feed (scripts/build_state.py --changed-only)."""
    code = cli.main(["--exports", str(exports), "--landing", str(landing), "--report", str(tmp / "report"), "--quiet"])
    assert code == 0
    flags = list(extra) or build_state.build_flags(db, changed_only=True, landing=landing)
    assert flags != [build_state.NOTHING]
    env = dict(os.environ, KPI_LANDING_DIR=str(landing), KPI_DUCKDB_PATH=str(db), DBT_PROFILES_DIR=str(ROOT))
    dbt = str(Path(sys.executable).with_name("dbt"))
    argv = [dbt, "build", "--resource-type", "seed", "--resource-type", "model", "--target-path", str(tmp / "target"),
            *flags]  # fmt: skip
    run = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-6000:]
    build_state.record(db, landing)
    return run.stdout


def restate(path: Path) -> None:
    """The vendor restated an older report: the first day's first row costs more, its last row is gone."""
    lines = path.read_text(encoding="utf-8").split("\n")
    header = next(i for i, line in enumerate(lines) if line.startswith("Day,"))
    cost = lines[header].split(",").index("Cost")
    first = lines[header + 1]
    cells = first.split(",")
    assert '"' not in first, first  # the demo's first rows have no quoted thousands
    cells[cost] = f"{float(cells[cost]) + 123.45:.2f}"
    lines[header + 1] = ",".join(cells)
    body_end = max(i for i, line in enumerate(lines) if line[:4].isdigit())
    del lines[body_end]
    path.write_text("\n".join(lines), encoding="utf-8")


def relations(con) -> list[str]:
    """Every table of the file, schema-qualified: the marts (schema marts) and the rest (main)."""
    return sorted(
        f'{r[0]}."{r[1]}"'
        for r in con.execute(
            "select table_schema, table_name from information_schema.tables"
            " where table_schema in ('main', 'marts') and table_type = 'BASE TABLE'"
        ).fetchall()
    )


def sorted_rows(con, table: str) -> tuple[list[str], list[tuple]]:
    cols = [d[0] for d in con.execute(f"select * from {table} limit 0").description]
    rows = con.execute(f"select * from {table}").fetchall()
    return cols, sorted(rows, key=lambda r: tuple((v is None, str(v)) for v in r))


def same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)  # summation order of doubles
    return a == b


def test_incremental_runs_equal_a_full_refresh(tmp_path: Path) -> None:
    exports, landing = tmp_path / "exports", tmp_path / "landing"
    inc, full = tmp_path / "incremental.duckdb", tmp_path / "full.duckdb"
    shutil.copytree(DEMO, exports)
    held = tmp_path / "held"
    newest = [*exports.rglob(f"*{NEWEST}*"), *exports.rglob("*2026-11-01*"), *exports.rglob("*Oct-2026*")]
    for path in sorted(newest):
        target = held / path.relative_to(exports)
        target.parent.mkdir(parents=True, exist_ok=True)
        path.rename(target)
    assert len(list(held.rglob("*.csv"))) == 9  # incl. the October e-mail activity

    land_and_run(exports, landing, inc, tmp_path)  # day 1: a first (full) build
    shutil.copytree(held, exports, dirs_exist_ok=True)  # day 2
    restate(exports / GOOGLE / "campaign_report_2026-08.csv")
    (exports / "ga4" / "traffic_acquisition" / "traffic_acquisition_2026-09.csv").unlink()
    day2 = land_and_run(exports, landing, inc, tmp_path)
    add_one_day(exports)  # day 3
    day3 = land_and_run(exports, landing, inc, tmp_path)
    for log in (day2, day3):
        assert "OK created sql incremental model main.base_google_ads__campaign_report" in log
    # day 3 changed Google Ads only: what it feeds was rebuilt, the other sources' models were not
    assert "kpi_paid_media_monthly" in day3 and "kpi_scorecard" in day3
    for untouched in ("base_hubspot__contacts", "stg_stripe__invoices", "stg_surveys__nps_responses", "stg_ga4"):
        assert untouched not in day3, (untouched, day3[-3000:])
    # a day with nothing new lands: nothing to build
    cli.main(["--exports", str(exports), "--landing", str(landing), "--report", str(tmp_path / "r"), "--quiet"])
    assert build_state.build_flags(inc, changed_only=True, landing=landing) == [build_state.NOTHING]
    # the day-grain staging models ran incrementally: their batch was the changed keys only
    compiled = tmp_path / "target" / "compiled" / "kpi_warehouse" / "models" / "staging" / "google_ads"
    assert "select max(_loaded_at) from" in (compiled / "stg_google_ads__campaign_report.sql").read_text()
    # no side tables: every table of the warehouse is a node of the DAG (a model or a seed) or the
    # build's own bookkeeping (build_state)
    con = open_warehouse(str(inc))
    nodes = {n["name"] for n in json.loads((tmp_path / "target" / "manifest.json").read_text())["nodes"].values()}
    tables = [r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()]
    con.close()
    assert len(tables) > 60
    assert [t for t in tables if t not in nodes | {"build_state"}] == []

    land_and_run(exports, landing, full, tmp_path, "--full-refresh")
    a, b = open_warehouse(str(inc)), open_warehouse(str(full))
    tables = [t for t in relations(b) if t != 'main."build_state"']  # when each was built: bookkeeping, not data
    assert [t for t in relations(a) if t != 'main."build_state"'] == tables
    assert len(tables) > 60
    differing = []
    for table in tables:
        cols_a, rows_a = sorted_rows(a, table)
        cols_b, rows_b = sorted_rows(b, table)
        assert cols_a == cols_b, table
        if len(rows_a) != len(rows_b) or not all(
            all(same(x, y) for x, y in zip(ra, rb, strict=True)) for ra, rb in zip(rows_a, rows_b, strict=True)
        ):
            differing.append(f"{table}: {len(rows_a)} vs {len(rows_b)} rows")
    assert differing == []
    # the sequence did see the restatement, the deletion and the new day
    restated = b.execute(
        "select count(*) from stg_google_ads__campaign_report where _source_file like '%2026-08%'"
    ).fetchall()[0][0]
    assert restated > 0
    assert (
        b.execute("select count(*) from base_ga4__traffic_acquisition where _source_file like '%2026-09%'").fetchall()[
            0
        ][0]
        == 0
    )
