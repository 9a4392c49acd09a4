"""Staged totals equal the raw files, recomputed with the csv module (no SQL, no dbt)."""

from __future__ import annotations

import csv
import io

from conftest import DEMO


def google_ads_rows() -> list[dict[str, str]]:
    """Google Ads .csv: 2 preamble lines, header on line 3, 'Total:' footer rows."""
    rows = []
    for path in sorted((DEMO / "google_ads" / "campaign_report").glob("*.csv")):
        lines = path.read_text(encoding="utf-8").splitlines()[2:]
        rows += [r for r in csv.DictReader(lines) if not r["Day"].startswith("Total:")]
    return rows


def linkedin_rows() -> list[dict[str, str]]:
    """LinkedIn: UTF-16LE with BOM, TAB-separated, header on line 6."""
    rows = []
    for path in sorted((DEMO / "linkedin_ads" / "campaign_report").glob("*.csv")):
        text = path.read_bytes().decode("utf-16")
        body = "\n".join(text.splitlines()[5:])
        rows += list(csv.DictReader(io.StringIO(body), delimiter="\t"))
    return rows


def number(text: str) -> float:
    return float(text.replace(",", ""))


def test_google_ads_rows_and_spend(warehouse, fx) -> None:
    raw = google_ads_rows()
    keys = {(r["Day"], r["Campaign ID"]) for r in raw}
    spend_usd = sum(number(r["Cost"]) * fx[(r["Day"][:7], "USD")] / fx[(r["Day"][:7], r["Currency code"])] for r in raw)
    clicks = sum(int(number(r["Clicks"])) for r in raw)
    rows, staged_spend, staged_clicks = warehouse.execute(
        "select count(*), sum(spend_amount), sum(clicks) from stg_google_ads__campaign_report"
    ).fetchone()
    assert rows == len(keys) == len(raw)
    assert staged_clicks == clicks
    assert abs(float(staged_spend) - spend_usd) < 1e-4


def test_linkedin_rows_and_spend(warehouse, fx) -> None:
    raw = linkedin_rows()
    total = 0.0
    for r in raw:
        month, day, year = r["Start Date (in UTC)"].split("/")
        key = f"{year}-{int(month):02d}"
        total += number(r["Total Spent"]) * fx[(key, "USD")] / fx[(key, r["Currency"])]
    rows, staged = warehouse.execute(
        "select count(*), sum(spend_amount) from stg_linkedin_ads__campaign_report"
    ).fetchone()
    assert rows == len(raw)
    assert abs(float(staged) - total) < 1e-4


def test_hubspot_deals_amount_in_reporting_currency(warehouse, fx) -> None:
    """Deals in USD, TWD and VND convert at the create month's rate."""
    path = next((DEMO / "hubspot" / "deals").glob("*.csv"))
    with open(path, newline="", encoding="utf-8") as fh:
        raw = list(csv.DictReader(fh))
    currencies = {r["Currency"] for r in raw}
    assert {"USD", "TWD"} <= currencies
    total = sum(
        float(r["Amount"]) * fx[(r["Create Date"][:7], "USD")] / fx[(r["Create Date"][:7], r["Currency"])] for r in raw
    )
    rows, staged = warehouse.execute("select count(*), sum(amount) from stg_hubspot__deals").fetchone()
    assert rows == len({r["Record ID"] for r in raw})
    assert abs(float(staged) - total) < 1e-3


def test_contacts_newest_snapshot_wins(warehouse) -> None:
    """Two full contacts exports: every contact once, with the newer file's values."""
    folder = DEMO / "hubspot" / "contacts"
    newest: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                newest[r["Record ID"]] = r
    staged = dict(warehouse.execute("select contact_id, lifecycle_stage from stg_hubspot__contacts").fetchall())
    assert len(staged) == len(newest)
    label = {"Lead": "lead", "Marketing Qualified Lead": "marketingqualifiedlead", "Sales Qualified Lead": "salesqualifiedlead",
             "Opportunity": "opportunity", "Customer": "customer"}  # fmt: skip
    assert all(staged[k] == label[v["Lifecycle Stage"]] for k, v in newest.items())


def test_no_pii_columns_leave_staging(warehouse) -> None:
    columns = warehouse.execute(
        "select table_name, column_name from information_schema.columns "
        "where table_name like 'stg_%' or table_name like 'int_%' or table_name like 'kpi_%'"
    ).fetchall()
    pii = {"email", "phone", "phone_number", "first_name", "last_name", "full_name", "customer_email", "customer_name"}
    bad = [c for c in columns if c[1].lower() in pii]
    assert columns, "no staging columns found"
    assert bad == []


def test_the_warehouse_reads_from_any_folder(tmp_path) -> None:
    """Every relation of the warehouse reads when a BI tool opens the file from its own folder:
    staging is materialized as tables, so nothing points at the landing files by path."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    path = ROOT / os.environ.get("KPI_DUCKDB_PATH", "warehouse/kpi.duckdb")
    script = (
        "import duckdb, sys\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        'names = con.execute("select table_schema, table_name from information_schema.tables").fetchall()\n'
        "for schema, name in names:\n"
        '    con.execute(f\'select count(*) from "{schema}"."{name}"\').fetchall()\n'
        "print(len(names))\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(path)], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    assert int(run.stdout) > 80
