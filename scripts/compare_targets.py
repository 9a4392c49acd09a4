"""Compares the marts built on another target (PostgreSQL, Spark) with the DuckDB warehouse, row by row:
the same row count per mart, the same text, dates and integers, and numbers equal within 1e-9
(relative to max(1, |value|)). The same project built from the same landed files must give the
same KPIs on every target.

    python scripts/compare_targets.py [--duckdb warehouse/kpi.duckdb] [--schema analytics_marts]
                                      [--only kpi_scorecard]
    .venv-spark/bin/python scripts/compare_targets.py --target spark --manifest target/spark/manifest.json

Connection from KPI_PG_* (profiles.yml), or a local Spark session like profiles.yml's spark output. Exit 1 and the first differences per mart when any mart
differs; prints the rows compared per mart.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from decimal import Decimal
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 1e-9


def mart_names(manifest: Path) -> list[str]:
    """Every model under models/marts, from dbt's manifest."""
    nodes = json.loads(manifest.read_text(encoding="utf-8"))["nodes"]
    return sorted(n["name"] for n in nodes.values() if n["resource_type"] == "model" and n["fqn"][1] == "marts")


def normalize(value):
    """A comparable Python value: numbers as float (compared with a tolerance), timestamps and
    dates as ISO text, everything else as is."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float, Decimal)):
        return float(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return value


def sort_key(row: tuple) -> tuple:
    """Text, dates and booleans first (NULL first), then numbers rounded past the tolerance: rows
    that are equal within the tolerance sort to the same place on both targets."""
    text = tuple((v is not None, str(v)) for v in row if not isinstance(v, float))
    numbers = tuple((v is not None, round(v, 6) if v is not None else 0.0) for v in row if isinstance(v, float))
    return text + numbers


def rows_of(fetch, columns: list[str], table: str) -> list[tuple]:
    rows = [tuple(normalize(v) for v in r) for r in fetch(f"select {', '.join(columns)} from {table}")]
    return sorted(rows, key=sort_key)


def differences(columns: list[str], left: list[tuple], right: list[tuple], limit: int = 5) -> list[str]:
    found = []
    if len(left) != len(right):
        found.append(f"row count: duckdb {len(left)}, other {len(right)}")
        return found
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        for name, x, y in zip(columns, a, b, strict=True):
            same = x == y or (
                isinstance(x, float) and isinstance(y, float) and abs(x - y) <= TOLERANCE * max(1.0, abs(x))
            )
            if not same:
                found.append(f"row {i}: {name}: duckdb {x!r}, other {y!r}")
                if len(found) >= limit:
                    return found
    return found


def compare(duckdb_path: Path, fetch, schema: str, marts: list[str]) -> tuple[dict[str, int], dict[str, list[str]]]:
    """(rows compared per mart, differences per mart) between DuckDB's marts schema and schema of
    the other target, whose rows fetch(sql) returns."""
    con = duckdb.connect(str(duckdb_path), read_only=True)
    compared, differ = {}, {}
    try:
        for mart in marts:
            columns = [r[0] for r in con.execute(f"describe marts.{mart}").fetchall()]
            left = rows_of(lambda sql: con.execute(sql).fetchall(), columns, f"marts.{mart}")
            right = rows_of(fetch, columns, f"{schema}.{mart}")
            found = differences(columns, left, right)
            compared[mart] = len(left)
            if found:
                differ[mart] = found
    finally:
        con.close()
    return compared, differ


def postgres_fetcher():
    from load_landed import connect

    pg = connect()
    cur = pg.cursor()

    def fetch(sql: str):
        cur.execute(sql)
        return cur.fetchall()

    return fetch, pg.close


def spark_fetcher():
    from load_landed import spark_session

    spark = spark_session()
    return (lambda sql: [tuple(row) for row in spark.sql(sql).collect()]), spark.stop


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", choices=["postgres", "spark"], default="postgres")
    parser.add_argument("--duckdb", type=Path, default=ROOT / os.environ.get("KPI_DUCKDB_PATH", "warehouse/kpi.duckdb"))
    parser.add_argument(
        "--schema", help="the other target's marts schema (default <KPI_PG_SCHEMA or KPI_SPARK_SCHEMA>_marts)"
    )
    parser.add_argument("--manifest", type=Path, default=ROOT / "target" / "manifest.json")
    parser.add_argument("--only", action="append", help="compare only this mart (repeatable)")
    args = parser.parse_args(argv)
    marts = args.only or mart_names(args.manifest)
    if args.target == "spark":
        schema = args.schema or os.environ.get("KPI_SPARK_SCHEMA", "analytics") + "_marts"
        fetch, close = spark_fetcher()
    else:
        schema = args.schema or os.environ.get("KPI_PG_SCHEMA", "analytics") + "_marts"
        fetch, close = postgres_fetcher()
    try:
        compared, differ = compare(args.duckdb, fetch, schema, marts)
    finally:
        close()
    for mart, n in compared.items():
        print(f"{'DIFFERS' if mart in differ else 'equal  '} {mart}: {n:,} rows")
        for line in differ.get(mart, []):
            print(f"    {line}")
    print(
        f"compare_targets ({args.target}): {len(compared) - len(differ)} of {len(compared)} marts equal, "
        f"{sum(compared.values()):,} rows compared"
    )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
