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
