"""An ad platform switched off (var <platform>__enabled: false, Fivetran's convention) is not built:
its source, models and tests leave the project, and the paid-media marts hold the other platforms
only, their figures those of the exports (read here with the csv module). The real-shaped exports
of tests/real_exports/group_a hold a Google Ads and a Meta export; Meta is switched off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
from conftest import ROOT, open_warehouse
from test_real_exports import CASES, read


def test_a_switched_off_platform_leaves_the_project_and_the_marts(tmp_path) -> None:
    landing, db = tmp_path / "landing", tmp_path / "w.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPI_")}
    landed = subprocess.run([sys.executable, "-m", "landing", "--exports", str(CASES / "group_a"), "--landing",
                             str(landing), "--report", str(tmp_path / "r"), "--quiet"], cwd=ROOT, env=env,
                            capture_output=True, text=True)  # fmt: skip
    assert landed.returncode == 0, landed.stdout[-3000:]
    env.update(KPI_LANDING_DIR=str(landing), KPI_DUCKDB_PATH=str(db), DBT_PROFILES_DIR=str(ROOT))
    dbt = str(Path(sys.executable).with_name("dbt"))
    run = subprocess.run([dbt, "build", "--target-path", str(tmp_path / "target"), "--vars", "{meta_ads__enabled: false}"],
                         cwd=ROOT, env=env, capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stdout[-6000:]
    manifest = json.loads((tmp_path / "target" / "manifest.json").read_text(encoding="utf-8"))
    names = {n["name"] for n in manifest["nodes"].values()} | {s["source_name"] for s in manifest["sources"].values()}
    assert "stg_meta_ads__campaign_report" not in names and "meta_ads" not in names
    assert "stg_google_ads__campaign_report" in names and "google_ads" in names
    con = open_warehouse(db)
    try:
        platforms = {r[0] for r in con.execute("select distinct platform from kpi_paid_media_daily").fetchall()}
        assert platforms == {"google_ads"}
        spend = con.execute("select sum(spend_amount) from kpi_paid_media_monthly").fetchone()[0]
    finally:
        con.close()
    rows = read("group_a", "google_ads/campaign_report/Campaign report.csv", skip=2, encoding="utf-16", delimiter="\t")
    expected = sum(
        float(r["Cost"].replace(",", ""))
        for r in rows
        if r["Campaign"] and not r["Campaign status"].startswith("Total")
    )
    assert abs(float(spend) - expected) < 0.01


def test_a_switched_off_source_is_never_read_and_every_mart_still_builds(tmp_path) -> None:
    """A host project without Stripe and Salesforce tables (vars stripe__enabled and salesforce__enabled
    false, sources read from raw tables): the build passes without those tables, their staging
    models are empty, the other sources' rows are all there; the landing step says the Stripe file
    it landed is not read. Without the switch the same build fails on the missing table."""
    landing, db = tmp_path / "landing", tmp_path / "w.duckdb"
    off = "{stripe__enabled: false, salesforce__enabled: false}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPI_")}
    landed = subprocess.run([sys.executable, "-m", "landing", "--exports", str(CASES / "group_a"), "--landing",
                             str(landing), "--report", str(tmp_path / "r"), "--quiet"], cwd=ROOT,
                            env=dict(env, KPI_DBT_VARS=off), capture_output=True, text=True)  # fmt: skip
    assert landed.returncode == 0, landed.stdout[-3000:]
    summary = json.loads((tmp_path / "r" / "validation_summary.json").read_text(encoding="utf-8"))
    stripe = [f["message"] for r in summary["results"] if r["table"] == "stripe/invoices" for f in r["findings"]]
    assert any("switched off (var stripe__enabled: false)" in m for m in stripe), stripe
    # the raw tables a connector would have synced: every landed table but Stripe's and Salesforce's
    con = duckdb.connect(str(db))
    con.execute("create schema raw")
    tables = sorted({p.parent.relative_to(landing).as_posix() for p in landing.glob("*/*/*.parquet")})
    declared = {}
    for table in tables:
        source, name = table.split("/")
        declared[table] = {
            r[0]: r[1] for r in con.execute("describe select * from read_parquet(?)", [str(landing / table / "*.parquet")]).fetchall()
        }  # fmt: skip
        if source not in ("stripe", "salesforce"):
            con.execute(f"create table raw.{source}__{name} as select * from read_parquet(?)",
                        [str(landing / table / "*.parquet")])  # fmt: skip
    con.close()
    assert "stripe/invoices" in tables and "hubspot/contacts" in tables
    env.update(KPI_LANDING_DIR=str(landing), KPI_DUCKDB_PATH=str(db), DBT_PROFILES_DIR=str(ROOT))
    dbt = str(Path(sys.executable).with_name("dbt"))

    def build(dbt_vars: str) -> subprocess.CompletedProcess:
        return subprocess.run([dbt, "build", "--target-path", str(tmp_path / "target"), "--vars", dbt_vars],
                              cwd=ROOT, env=env, capture_output=True, text=True)  # fmt: skip

    failed = build("{kpi_warehouse__raw_tables: true}")
    assert failed.returncode != 0 and "stripe__invoices" in failed.stdout, failed.stdout[-3000:]
    run = build("{kpi_warehouse__raw_tables: true, stripe__enabled: false, salesforce__enabled: false}")
    assert run.returncode == 0, run.stdout[-6000:]
    # the sources YAML declares every landed column with its landed type (what the empty model has)
    manifest = json.loads((tmp_path / "target" / "manifest.json").read_text(encoding="utf-8"))
    for node in manifest["sources"].values():
        table = f"{node['source_name']}/{node['name']}"
        if table in declared:
            got = {n: c["data_type"].replace(" ", "").upper() for n, c in node["columns"].items()}
            assert got == {n: t.replace(" ", "").upper() for n, t in declared[table].items()}, table
    con = open_warehouse(db)
    try:
        assert con.execute("select count(*) from stg_stripe__invoices").fetchone()[0] == 0
        assert con.execute("select count(*) from stg_salesforce__opportunities").fetchone()[0] == 0
        contacts = read("group_a", "hubspot/contacts/hubspot-crm-exports-all-contacts-2026-06-01.csv")
        assert con.execute("select count(*) from kpi_funnel_contacts").fetchone()[0] == len(contacts) == 12
        assert con.execute("select count(*) from kpi_scorecard").fetchone()[0] > 0
        assert con.execute("select coalesce(sum(sales_revenue_amount), 0) from kpi_revenue").fetchone()[0] == 0
    finally:
        con.close()
