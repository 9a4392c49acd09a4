"""The semantic layer answers like the marts: `mf query` for CTR, CPL, win rate and churn rate by
month returns the values of the marts (recomputed there from their summed parts), and
`mf validate-configs` passes. Runs the `mf` CLI against the warehouse ./scripts/test built."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, open_warehouse

MF = str(Path(sys.executable).with_name("mf"))
MART_SQL = {
    "ctr": "select period_start, sum(clicks) * 1.0 / nullif(sum(impressions), 0) from kpi_paid_media_monthly group by 1",
    "cost_per_lead": "select period_start, sum(marketing_spend_amount) * 1.0 / nullif(sum(new_leads), 0) "
    "from kpi_lead_generation group by 1",
    "win_rate": "select period_start, sum(deals_won) * 1.0 / nullif(sum(deals_closed), 0) from kpi_sales_funnel group by 1",
    "churn_rate": "select period_start, churn_rate from kpi_retention where segment_type = 'all'",
}


def mf(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, DBT_PROFILES_DIR=str(ROOT))
    return subprocess.run([MF, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_validate_configs() -> None:
    run = mf("validate-configs")
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "ERRORS: 0" in run.stdout


def test_mf_query_matches_the_marts(tmp_path: Path) -> None:
    out = tmp_path / "mf.csv"
    run = mf("query", "--metrics", ",".join(MART_SQL), "--group-by", "metric_time__month", "--csv", str(out))
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    with open(out, newline="", encoding="utf-8") as fh:
        rows = {r["metric_time__month"][:10]: r for r in csv.DictReader(fh)}
    assert len(rows) >= 20
    warehouse = open_warehouse(ROOT / os.environ.get("KPI_DUCKDB_PATH", "warehouse/kpi.duckdb"))
    for metric, sql in MART_SQL.items():
        expected = {str(d): v for d, v in warehouse.execute(sql).fetchall()}
        compared = 0
        for month, value in expected.items():
            got = rows.get(month, {}).get(metric, "")
            if value is None:
                assert got == "", (metric, month, got)
                continue
            assert float(got) == pytest.approx(float(value), rel=1e-9, abs=1e-9), (
                metric,
                month,
            )  # marts round at 1e-10
            compared += 1
        assert compared >= 20, metric
    warehouse.close()


CONVERSION_SQL = {
    "lead_to_mql_conversion_rate": "select period_start, sum(leads_cohort_mqls) * 1.0 / nullif(sum(new_leads), 0) "
    "from kpi_sales_funnel group by 1",
    "mql_to_sql_conversion_rate": "select period_start, sum(mqls_cohort_sqls) * 1.0 / nullif(sum(mqls), 0) "
    "from kpi_sales_funnel group by 1",
    "opportunity_to_won_conversion_rate": "select period_start, sum(opportunities_cohort_wins) * 1.0 "
    "/ nullif(sum(opportunities), 0) from kpi_sales_funnel group by 1",
}


def test_conversion_metrics_equal_the_cohort_rates(tmp_path: Path) -> None:
    """The event-based conversion metrics (kpi_funnel_contacts, no window) give, by the base event's
    month, exactly the entry-month cohort rates of kpi_sales_funnel."""
    out = tmp_path / "conversion.csv"
    run = mf("query", "--metrics", ",".join(CONVERSION_SQL), "--group-by", "metric_time__month", "--csv", str(out))
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    with open(out, newline="", encoding="utf-8") as fh:
        rows = {r["metric_time__month"][:10]: r for r in csv.DictReader(fh) if r["metric_time__month"]}
    warehouse = open_warehouse(ROOT / os.environ.get("KPI_DUCKDB_PATH", "warehouse/kpi.duckdb"))
    for metric, sql in CONVERSION_SQL.items():
        compared = 0
        for month, value in warehouse.execute(sql).fetchall():
            got = rows.get(str(month), {}).get(metric, "")
            if value is None or got == "":
                assert value is None or float(value) == 0, (metric, month, got)
                continue
            assert float(got) == pytest.approx(float(value), rel=1e-9, abs=1e-12), (metric, month)
            compared += 1
        assert compared >= 20, metric
    warehouse.close()
