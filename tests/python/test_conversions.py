"""Which export column counts as conversions is a setting per ad platform (var
<source>__conversion_columns, landing/rulebook.py CONVERSIONS): the landed conversions are the
chosen column's values, read here from the file with the csv module; changing the setting re-lands
the file; a file without the chosen column has no conversions, and the validation summary names the
KPIs that disables."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import ROOT

GOOGLE = [
    ["Day", "Campaign ID", "Campaign", "Currency code", "Impr.", "Clicks", "Cost", "Conversions", "All conv.",
     "Conv. value", "All conv. value"],
    ["2026-10-01", "111", "Brand", "TWD", "1,000", "50", "25.00", "3.00", "7.50", "3,000.00", "7,600.00"],
    ["2026-10-02", "111", "Brand", "TWD", "1,200", "61", "30.50", "4.00", "9.00", "4,100.50", "9,000.00"],
    ["2026-10-01", "222", "Generic", "TWD", "800", "20", "40.00", "1.00", "1.00", "999.99", "999.99"],
]  # fmt: skip
META = [
    [
        "Reporting starts",
        "Reporting ends",
        "Campaign name",
        "Campaign ID",
        "Impressions",
        "Link clicks",
        "Amount spent (USD)",
        "Results",
        "Leads",
        "Website purchases",
    ],  # fmt: skip
    ["2026-10-01", "2026-10-01", "Leads A", "901", "500", "12", "10.00", "4", "3", "1"],
    ["2026-10-02", "2026-10-02", "Leads A", "901", "600", "15", "12.00", "5", "2", "2"],
]


def write(path: Path, rows: list[list[str]], preamble: list[str] = ()) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        for line in preamble:
            fh.write(line + "\n")
        csv.writer(fh).writerows(rows)


def land(exports: Path, landing: Path, report: Path, dbt_vars: str | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPI_")}
    if dbt_vars:
        env["KPI_DBT_VARS"] = dbt_vars
    run = subprocess.run([sys.executable, "-m", "landing", "--exports", str(exports), "--landing", str(landing),
                          "--report", str(report), "--quiet"], cwd=ROOT, env=env, capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    return json.loads((report / "validation_summary.json").read_text(encoding="utf-8"))


def landed(landing: Path, table: str, column: str) -> dict[tuple[str, str], float | None]:
    rows = (
        duckdb.connect()
        .execute(
            f"select campaign_key, cast(period_start as varchar), {column} from read_parquet(?)",
            [str(landing / table / "*.parquet")],
        )
        .fetchall()
    )
    return {(k, d): (None if v is None else float(v)) for k, d, v in rows}


def expected(rows: list[list[str]], header: str, day: str, campaign_id: str) -> dict[tuple[str, str], float]:
    records = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    return {(r[campaign_id], r[day]): float(r[header].replace(",", "")) for r in records}


def test_the_chosen_column_is_the_conversions_and_a_change_relands(tmp_path) -> None:
    exports, landing = tmp_path / "exports", tmp_path / "landing"
    write(exports / "google_ads" / "campaign_report" / "Campaign report.csv", GOOGLE,
          ["Campaign report", "1 October 2026 - 2 October 2026"])  # fmt: skip
    write(exports / "meta_ads" / "campaign_report" / "meta-export.csv", META)
    land(exports, landing, tmp_path / "r1")  # the shipped choice: Conversions, Results
    assert landed(landing, "google_ads/campaign_report", "conversions") == expected(
        GOOGLE, "Conversions", "Day", "Campaign ID"
    )
    assert landed(landing, "meta_ads/campaign_report", "results") == expected(
        META, "Results", "Reporting starts", "Campaign ID"
    )
    choice = '{google_ads__conversion_columns: ["All conv."], meta_ads__conversion_columns: ["Website purchases"]}'
    land(exports, landing, tmp_path / "r2", choice)  # the same files: re-landed, the setting changed
    assert landed(landing, "google_ads/campaign_report", "conversions") == expected(
        GOOGLE, "All conv.", "Day", "Campaign ID"
    )
    assert landed(landing, "meta_ads/campaign_report", "results") == expected(
        META, "Website purchases", "Reporting starts", "Campaign ID"
    )
    assert sum(landed(landing, "google_ads/campaign_report", "conversions").values()) == 17.5  # 7.5 + 9 + 1, by hand
    # their value: Conv. value by default, All conv. value when chosen
    assert landed(landing, "google_ads/campaign_report", "conversion_value_local") == expected(
        GOOGLE, "Conv. value", "Day", "Campaign ID"
    )
    land(exports, landing, tmp_path / "r3", '{google_ads__conversion_value_columns: ["All conv. value"]}')
    assert landed(landing, "google_ads/campaign_report", "conversion_value_local") == expected(
        GOOGLE, "All conv. value", "Day", "Campaign ID"
    )


def test_the_conversion_value_reaches_the_paid_media_marts_in_the_reporting_currency(tmp_path, fx) -> None:
    """The Google export above is in TWD: the marts hold its Conv. value in USD at the month's rate
    of seeds/reference/fx_rates.csv, as spend."""
    exports, landing, db = tmp_path / "exports", tmp_path / "landing", tmp_path / "w.duckdb"
    write(exports / "google_ads" / "campaign_report" / "Campaign report.csv", GOOGLE,
          ["Campaign report", "1 October 2026 - 2 October 2026"])  # fmt: skip
    land(exports, landing, tmp_path / "r")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPI_")}
    env.update(KPI_LANDING_DIR=str(landing), KPI_DUCKDB_PATH=str(db), DBT_PROFILES_DIR=str(ROOT))
    run = subprocess.run([str(Path(sys.executable).with_name("dbt")), "build", "--target-path", str(tmp_path / "t")],
                         cwd=ROOT, env=env, capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stdout[-6000:]
    con = duckdb.connect(str(db), read_only=True)
    try:
        daily = con.execute("select campaign_id, cast(period_start as varchar), conversion_value_amount, "
                            "spend_amount from marts.kpi_paid_media_daily").fetchall()  # fmt: skip
        monthly = con.execute("select sum(conversion_value_amount) from marts.kpi_paid_media_monthly").fetchone()[0]
    finally:
        con.close()
    rate = fx[("2026-10", "TWD")]
    want = {k: v / rate for k, v in expected(GOOGLE, "Conv. value", "Day", "Campaign ID").items()}
    assert {(c, d): float(v) for c, d, v, _ in daily} == pytest.approx(want, abs=1e-5)
    assert float(monthly) == pytest.approx((3000 + 4100.5 + 999.99) / rate, abs=1e-5)  # by hand
    spend = {(c, d): float(s) for c, d, _, s in daily}
    assert spend == pytest.approx({k: v / rate for k, v in expected(GOOGLE, "Cost", "Day", "Campaign ID").items()},
                                  abs=1e-5)  # fmt: skip


def test_a_file_without_the_chosen_column_disables_the_conversion_kpis(tmp_path) -> None:
    exports, landing = tmp_path / "exports", tmp_path / "landing"
    write(exports / "google_ads" / "campaign_report" / "Campaign report.csv", GOOGLE,
          ["Campaign report", "1 October 2026 - 2 October 2026"])  # fmt: skip
    summary = land(exports, landing, tmp_path / "r", '{google_ads__conversion_columns: ["Conv. (by conv. time)"]}')
    assert set(landed(landing, "google_ads/campaign_report", "conversions").values()) == {None}
    said = " ".join(summary["unavailable_kpis"].get("google_ads/campaign_report", []))
    assert "conversion_rate" in said and "Conv. (by conv. time)" in said
