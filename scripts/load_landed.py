"""Loads the landing folder into a PostgreSQL warehouse: the DuckDB target reads the landed Parquet
files in place, a server cannot, so this copies each raw table (every landed file of
<source>/<table>/*.parquet) into <KPI_RAW_SCHEMA>.<source>__<table> with COPY (each row's file's
columns travel with it as lineage _columns_present).
The dbt sources name those tables on every target but DuckDB (scripts/generate_layout_docs.py).

    python scripts/load_landed.py [--landing DIR]      # connection from KPI_PG_* (profiles.yml)
    .venv-spark/bin/python scripts/load_landed.py --target spark   # local Spark (profiles.yml: spark)

Every table is replaced in one transaction: a reader sees the previous load or the new one, never
half of it, and the row count of each table is checked against the Parquet files before commit.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # landing.sql: the one quoting helper
sys.path.insert(0, str(ROOT))

# DuckDB type of a landed column -> PostgreSQL type
TYPES = {
    "VARCHAR": "text",
    "BIGINT": "bigint",
    "INTEGER": "integer",
    "DOUBLE": "double precision",
    "BOOLEAN": "boolean",
    "DATE": "date",
    "TIMESTAMP": "timestamp",
    "TIMESTAMP WITH TIME ZONE": "timestamptz",
}
DECIMAL = re.compile(r"DECIMAL\((\d+),(\d+)\)")


def pg_type(duckdb_type: str, where: str) -> str:
    if duckdb_type in TYPES:
        return TYPES[duckdb_type]
    m = DECIMAL.fullmatch(duckdb_type)
    if m:
        return f"numeric({m.group(1)},{m.group(2)})"
    raise SystemExit(f"load_landed: {where} has type {duckdb_type}, which has no PostgreSQL mapping")


def connect():
    import psycopg2

    return psycopg2.connect(
        host=os.environ.get("KPI_PG_HOST", "127.0.0.1"),
        port=int(os.environ.get("KPI_PG_PORT", "5432")),
        user=os.environ.get("KPI_PG_USER", "kpi_dbt"),
        password=os.environ.get("KPI_PG_PASSWORD", ""),
        dbname=os.environ.get("KPI_PG_DBNAME", "kpi"),
    )


def raw_tables(landing: Path) -> list[tuple[str, Path]]:
    """(source__table, folder) of every folder of landed Parquet files."""
    found = []
    for folder in sorted(landing.glob("*/*")):
        if folder.is_dir() and not folder.parent.name.startswith("_") and any(folder.glob("*.parquet")):
            found.append((f"{folder.parent.name}__{folder.name}", folder))
    return found


def copy_table(cur, con, schema: str, name: str, select_sql: str, tmp: Path) -> int:
    """Replace schema.name with the rows of a DuckDB select; return the row count copied."""
    from landing.sql import ident, literal  # names are data: quoted, never pasted

    described = con.sql(f"describe {select_sql}").fetchall()
    columns = [(col, pg_type(typ, f"{name}.{col}")) for col, typ, *_ in described]
    table = f"{ident(schema)}.{ident(name)}"
    cur.execute(f"drop table if exists {table}")
    cur.execute(f"create table {table} (" + ", ".join(f"{ident(c)} {t}" for c, t in columns) + ")")
    csv = tmp / f"{name}.csv"
    # DuckDB writes NULL as an empty field and an empty string as "": COPY's csv format reads them apart
    con.sql(f"copy ({select_sql}) to {literal(csv)} (format csv, header false)")
    with open(csv, encoding="utf-8") as fh:
        cur.copy_expert(f"copy {table} from stdin with (format csv)", fh)
    csv.unlink()
    cur.execute(f"select count(*) from {table}")
    return cur.fetchone()[0]


def spark_session():
    """A local Spark session configured as profiles.yml's spark output (same metastore and
    warehouse folder, so dbt's session finds the raw tables)."""
    from pyspark.sql import SparkSession

    spark_dir = os.environ.get("KPI_SPARK_DIR", "warehouse/spark")
    spark = (
        SparkSession.builder.enableHiveSupport()
        .config("spark.sql.warehouse.dir", f"{spark_dir}/spark-warehouse")
        .config(
            "spark.hadoop.javax.jdo.option.ConnectionURL",
            f"jdbc:derby:;databaseName={spark_dir}/metastore_db;create=true",
        )
        .config("spark.driver.memory", os.environ.get("KPI_SPARK_DRIVER_MEMORY", "4g"))
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.decimalOperations.allowPrecisionLoss", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_ident(name: str) -> str:
    """A Spark SQL identifier, quoted (a name is data, never SQL)."""
    return "`" + name.replace("`", "``") + "`"


def load_spark(tables: list[tuple[str, Path]], landing: Path, schema: str) -> int:
    """Each raw table as a Spark table (Parquet) in database schema, replaced; row counts checked."""
    spark = spark_session()
    total = 0
    try:
        spark.sql(f"create database if not exists {spark_ident(schema)}")
        for name, folder in tables:
            frame = spark.read.option("mergeSchema", "true").parquet(str(folder.resolve()))
            want = frame.count()
            frame.write.mode("overwrite").format("parquet").saveAsTable(f"{spark_ident(schema)}.{spark_ident(name)}")
            got = spark.table(f"{spark_ident(schema)}.{spark_ident(name)}").count()
            if got != want:
                raise SystemExit(f"load_landed: {name}: {got} rows loaded, {want} in {folder}")
            total += got
    finally:
        spark.stop()
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--landing", type=Path, default=Path(os.environ.get("KPI_LANDING_DIR", ROOT / "warehouse" / "landing"))
    )
    parser.add_argument("--schema", default=os.environ.get("KPI_RAW_SCHEMA", "raw"))
    parser.add_argument("--target", choices=["postgres", "spark"], default="postgres")
    args = parser.parse_args(argv)
    tables = raw_tables(args.landing)
    if not tables:
        print(f"load_landed: no landed Parquet files under {args.landing}; run the landing step first", file=sys.stderr)
        return 1
    started = time.perf_counter()
    if args.target == "spark":
        total = load_spark(tables, args.landing, args.schema)
        print(
            f"load_landed: {len(tables)} raw tables, {total:,} rows into Spark database {args.schema} in {time.perf_counter() - started:.1f} s"
        )
        return 0
    import duckdb

    from landing.sql import ident, literal_list  # names are data: quoted, never pasted

    con = duckdb.connect()
    pg = connect()
    total = 0
    with tempfile.TemporaryDirectory(prefix="kpi_load_") as tmp, pg, pg.cursor() as cur:
        cur.execute(f"create schema if not exists {ident(args.schema)}")
        for name, folder in tables:
            select_sql = (
                f"select * from read_parquet({literal_list(sorted(folder.glob('*.parquet')))}, union_by_name = true)"
            )
            want = con.sql(f"select count(*) from ({select_sql})").fetchall()[0][0]
            got = copy_table(cur, con, args.schema, name, select_sql, Path(tmp))
            if got != want:
                raise SystemExit(f"load_landed: {name}: {got} rows loaded, {want} in {folder}")
            total += got
    pg.close()
    print(
        f"load_landed: {len(tables)} raw tables, {total:,} rows into schema {args.schema} in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
