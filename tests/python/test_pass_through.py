"""Pass-through columns (vars <source>__<table>_pass_through_columns, Fivetran's shape): export
columns the rule book does not know reach the marts at their grain. On the real-shaped exports of
tests/real_exports/group_a: HubSpot's `Lead Status` reaches kpi_funnel_contacts per contact, and
`Industry`, which the export lacks, is NULL there and named in the validation report; Google Ads'
`Budget` (a number) is spread over the report period's days as the measures are, so the days and
the months add up to the exported value, and `Bid strategy type` (text) is the campaign's on every
day; Meta's `Reach` (an integer) is summed too. Expected values come from the CSV files, read here
with the csv module. A var that would write a bad name into SQL stops the landing step and dbt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from test_real_exports import build, num, read

VARS = (
    "{hubspot__contacts_pass_through_columns: [{name: Lead Status, alias: lead_status}, {name: Industry, alias: "
    "industry}], google_ads__campaign_report_pass_through_columns: [{name: Budget, alias: budget_amount, type: "
    "number}, {name: Bid strategy type, alias: bid_strategy}], meta_ads__campaign_report_pass_through_columns: "
    "[{name: Reach, alias: reach, type: integer}]}"
)
GOOGLE = "google_ads/campaign_report/Campaign report.csv"
META = "meta_ads/campaign_report/Acme-Campaigns-1-Apr-2026-30-Apr-2026.csv"
CONTACTS = "hubspot/contacts/hubspot-crm-exports-all-contacts-2026-06-01.csv"


def test_pass_through_columns_reach_the_marts_at_their_grain(tmp_path) -> None:
    con, results = build("group_a", tmp_path, env_extra={"KPI_DBT_VARS": VARS})
    try:
        # contacts: one row per contact, its Lead Status as exported; Industry not exported: NULL, and said
        contacts = {r["Record ID"]: r["Lead Status"] for r in read("group_a", CONTACTS)}
        got = dict(con.execute("select contact_id, lead_status from kpi_funnel_contacts").fetchall())
        assert got == contacts and len(got) == 12
        assert con.execute("select count(industry) from kpi_funnel_contacts").fetchone()[0] == 0
        said = [f.message for r in results if r.table == "hubspot/contacts" for f in r.findings]
        assert any("'Industry' (industry, var hubspot__contacts_pass_through_columns)" in m for m in said), said

        # Google: the report covers 27 Jan - 23 Feb; each campaign's budget spread over those 28 days
        rows = read("group_a", GOOGLE, skip=2, encoding="utf-16", delimiter="\t")
        campaigns = [r for r in rows if r["Campaign"] and not r["Campaign status"].startswith("Total")]
        budget = {r["Campaign"]: num(r["Budget"]) for r in campaigns}
        strategy = {r["Campaign"]: {r["Bid strategy type"]} for r in campaigns}
        daily = con.execute(
            "select campaign_name, sum(budget_amount), count(*), list(distinct bid_strategy) "
            "from kpi_paid_media_daily where platform = 'google_ads' group by 1"
        ).fetchall()
        assert {n: round(float(b), 6) for n, b, _, _ in daily} == budget
        assert {n: days for n, _, days, _ in daily} == {n: 28 for n in budget}
        assert {n: set(s) for n, _, _, s in daily} == strategy
        monthly = con.execute(
            "select campaign_name, sum(budget_amount), count(*) from kpi_paid_media_monthly "
            "where platform = 'google_ads' group by 1"
        ).fetchall()
        assert {n: round(float(b), 6) for n, b, _ in monthly} == budget
        assert {n: months for n, _, months in monthly} == {n: 2 for n in budget}  # January and February
        # 20.00 over 28 days: 714,285 millionths a day, one more on each of the first 20 days
        jan = con.execute(
            "select sum(budget_amount) from kpi_paid_media_monthly where campaign_name = 'GS | Brand' "
            "and period_start = '2026-01-01'"
        ).fetchone()[0]
        assert float(jan) == round(5 * 0.714286, 6)  # 27-31 January: 5 days, each one of the first 20
        # Meta: Reach summed over the campaigns (the export's unnamed total row is not a campaign)
        meta = [r for r in read("group_a", META) if r["Campaign name"]]
        reach = con.execute("select sum(reach), count(budget_amount) from kpi_paid_media_monthly "
                            "where platform = 'meta_ads'").fetchone()  # fmt: skip
        assert reach == (sum(int(r["Reach"]) for r in meta), 0)
    finally:
        con.close()


def test_a_bad_pass_through_var_stops_the_landing_step_and_dbt(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPI_")}
    bad = {
        "{hubspot__contacts_pass_through_columns: [{name: Industry}]}": "give it an alias",
        "{hubspot__contacts_pass_through_columns: [{name: Lead Status, alias: 'x; drop table y'}]}": "SQL name",
        "{hubspot__deals_pass_through_columns: [{name: Region, alias: region}]}": "from these tables only",
        "{hubspot__contacts_pass_through_columns: [{name: Create Date, alias: created}]}": "already read as",
    }
    for dbt_vars, message in bad.items():
        run = subprocess.run([sys.executable, "-m", "landing", "--exports", str(tmp_path), "--landing",
                              str(tmp_path / "l"), "--quiet"], cwd=ROOT, env=dict(env, KPI_DBT_VARS=dbt_vars),
                             capture_output=True, text=True)  # fmt: skip
        assert run.returncode != 0 and message in run.stderr + run.stdout, (dbt_vars, run.stderr[-2000:])
    # dbt itself refuses a name it would write into SQL (a host project sets the var without landing)
    dbt = str(Path(sys.executable).with_name("dbt"))
    run = subprocess.run([dbt, "parse", "--target-path", str(tmp_path / "t"), "--vars",
                          "{meta_ads__campaign_report_pass_through_columns: [{name: Reach, alias: 'reach) --'}]}"],
                         cwd=ROOT, env=dict(env, DBT_PROFILES_DIR=str(ROOT)), capture_output=True, text=True)  # fmt: skip
    assert run.returncode != 0 and "lower-case SQL name" in run.stdout, run.stdout[-3000:]
    manifest = tmp_path / "t" / "manifest.json"
    assert not manifest.exists() or "reach) --" not in json.dumps(json.loads(manifest.read_text()))
