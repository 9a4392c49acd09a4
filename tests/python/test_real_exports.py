"""Real-shaped exports, end to end (tests/real_exports/, written in the layouts of
../shared/vendor-layouts/README.md, not by our generator): default views and minimal column sets,
other column orders, label and internal-name spellings, Meta at ad level and for a date range,
Google Ads without the Day segment (UTF-16 "Excel .csv" too), a single-currency HubSpot portal, a
Salesforce report starting with Opportunity ID, dates before the demo period, quoted line breaks.

Three folders (group_a, group_b, group_c) each hold one case per raw table; each folder is
validated, landed and built with the whole `dbt build` (every data and unit test) into its own
DuckDB file, and every case's KPIs are compared with plain Python over the same file: counts
exact, rates 1e-9, money 0.01. Two more folders must be rejected with a message that says why."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import ROOT, open_warehouse

from landing import cli, pipeline, report  # noqa: E402
from landing.results import FileResult  # noqa: E402

CASES = ROOT / "tests" / "real_exports"
TODAY = dt.date.today()
RATE, MONEY = 1e-9, 0.01
CHANNELS = {"ORGANIC_SEARCH": "Organic Search", "PAID_SEARCH": "Paid Search", "DIRECT_TRAFFIC": "Direct",
            "Paid Search": "Paid Search", "Organic Search": "Organic Search"}  # fmt: skip


# A name is data, never SQL (issue: the file-name injection): group A is built from a copy in a folder,
# and landed into a folder, whose names would run SQL or shell if pasted; its Google Ads export is
# renamed to a file name that, pasted into a DuckDB statement, would write PWNED_SQL.csv.
HOSTILE_FOLDER = 'o\'brien "q"; $(touch PWNED_SHELL) `touch PWNED_TICK` -ünï'
HOSTILE_FILE = "x' (format parquet); copy (select 'owned' as pwned) to 'PWNED_SQL.csv' (format csv); --.csv"


def build(
    group: str,
    tmp: Path,
    env_extra: dict[str, str] | None = None,
    renames: dict[str, str] | None = None,
    prepare=None,
) -> tuple[duckdb.DuckDBPyConnection, list]:
    """Validates, lands and builds a group with the whole dbt build. renames: a copy in a hostile
    folder, some files renamed, landed into a hostile folder; prepare(exports): a copy to which the
    test adds the files it generates (Excel workbooks, ZIP archives)."""
    env = dict(os.environ, **(env_extra or {}))
    exports = CASES / group
    if renames is not None or prepare is not None:
        tmp = tmp / HOSTILE_FOLDER if renames is not None else tmp
        exports = tmp / "exports"
        shutil.copytree(CASES / group, exports)
        for rel, name in (renames or {}).items():
            (exports / rel).rename((exports / rel).with_name(name))
        if prepare:
            prepare(exports)
    landing, db = tmp / "landing", tmp / "warehouse.duckdb"
    # the landing in its own process, as ./scripts/build runs it: the settings (a user's aliases
    # file, account currencies) are read when the process starts
    landed = subprocess.run(
        [sys.executable, "-m", "landing", "--exports", str(exports), "--landing", str(landing), "--report",
         str(tmp / "report"), "--quiet"], cwd=ROOT, env=env, capture_output=True, text=True)  # fmt: skip
    assert landed.returncode == 0, landed.stdout[-4000:] + landed.stderr[-3000:]
    summary = json.loads((tmp / "report" / "validation_summary.json").read_text(encoding="utf-8"))
    results = [FileResult.from_dict(item) for item in summary["results"]]
    env.update(KPI_LANDING_DIR=str(landing), KPI_DUCKDB_PATH=str(db), DBT_PROFILES_DIR=str(ROOT))
    dbt = str(Path(sys.executable).with_name("dbt"))
    # KPI_DBT_VARS: dbt's --vars, as ./scripts/build gives dbt the settings the landing step read
    dbt_vars = ["--vars", env["KPI_DBT_VARS"]] if env.get("KPI_DBT_VARS") else []
    run = subprocess.run([dbt, "build", "--target-path", str(tmp / "target"), *dbt_vars], cwd=ROOT, env=env,
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stdout[-6000:]
    if renames is not None:
        pwned = [*tmp.parent.rglob("PWNED*"), *ROOT.glob("PWNED*"), *Path.cwd().glob("PWNED*")]
        assert not pwned, f"a name was run as SQL or shell: {pwned}"
    return open_warehouse(str(db)), results


def read(group: str, rel: str, skip: int = 0, encoding: str = "utf-8-sig", delimiter: str = ",") -> list[dict]:
    text = (CASES / group / rel).read_bytes().decode(encoding)
    body = "\n".join(text.split("\n")[skip:])
    return list(csv.DictReader(io.StringIO(body, newline=""), delimiter=delimiter))


def num(text: str) -> float:
    return float(text.replace(",", "").replace("%", "").strip() or 0)


def month(d: str | dt.date) -> str:
    return str(d)[:7]


def by_month(con, sql: str) -> dict[str, tuple]:
    return {month(r[0]): tuple(r[1:]) for r in con.execute(sql).fetchall()}


def spread(value: float, days: list[dt.date], unit: int) -> dict[dt.date, float]:
    """The documented spread of a period row: whole units, remainder on the first days."""
    units = int(Decimal(str(value)) * unit)
    base, rest = divmod(units, len(days))
    return {d: (base + (1 if i < rest else 0)) / unit for i, d in enumerate(days)}


def day_range(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def won_lost(stage: str) -> str:
    s = stage.replace(" ", "").lower()
    return "won" if s == "closedwon" else "lost" if s == "closedlost" else "open"


def close_enough(a, b, tol) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) <= tol * max(1, abs(float(b)))


# -- group A: default views, minimal columns, period rows, quoted line breaks ------------------


@pytest.fixture(scope="module")
def group_a(tmp_path_factory):
    con, results = build("group_a", tmp_path_factory.mktemp("group_a"),
                         renames={"google_ads/campaign_report/Campaign report.csv": HOSTILE_FILE})  # fmt: skip
    yield con, results
    con.close()


def test_a_hubspot_default_contacts_view_counts_leads_and_leaves_mqls_null(group_a) -> None:
    con, results = group_a
    rows = read("group_a", "hubspot/contacts/hubspot-crm-exports-all-contacts-2026-06-01.csv")
    expected = defaultdict(int)
    for r in rows:
        expected[month(r["Create Date"])] += 1
    got = by_month(
        con, "select period_start, sum(new_leads) from kpi_lead_generation group by 1 having sum(new_leads) > 0"
    )
    assert {m: v[0] for m, v in got.items()} == dict(expected)
    # no lifecycle dates or score in the default view: NULL, never 0, in the mart and the scorecard
    assert con.execute("select count(*) from kpi_lead_generation where mqls is not null or sqls is not null "
                       "or lead_to_mql_rate is not null or avg_lead_score is not null").fetchone()[0] == 0  # fmt: skip
    assert con.execute("select count(*) from kpi_scorecard where kpi_name in ('mqls', 'sqls', 'mql_to_sql_rate') "
                       "and kpi_value is not null").fetchone()[0] == 0  # fmt: skip
    assert con.execute("select count(*) from kpi_scorecard where kpi_name = 'new_leads' and channel = 'all' "
                       "and kpi_value is not null").fetchone()[0] > 0  # fmt: skip
    kpis = report.unavailable_kpis(report.availability(results))
    assert any("Became a Marketing Qualified Lead Date" in item for item in kpis["hubspot/contacts"])


def test_a_single_currency_hubspot_deals(group_a) -> None:
    """No Currency, HubSpot Team or Associated Contact IDs; a deal name with a line break; a won
    deal closing next year (quarantined); an open deal without a close date; a deal closed on its
    create day at an earlier clock time (kept: dates compare at day precision)."""
    con, _ = group_a
    rows = read("group_a", "hubspot/deals/hubspot-crm-exports-all-deals-2026-06-01.csv")
    won, closed, amount = defaultdict(int), defaultdict(int), defaultdict(float)
    future = [r for r in rows if won_lost(r["Deal Stage"]) != "open" and r["Close Date"][:10] > str(TODAY)]
    for r in rows:
        status = won_lost(r["Deal Stage"])
        if status == "open" or r in future:
            continue
        closed[month(r["Close Date"])] += 1
        if status == "won":
            won[month(r["Close Date"])] += 1
            amount[month(r["Close Date"])] += float(r["Amount"])
    got = by_month(con, "select period_start, sum(deals_won), sum(deals_closed), sum(won_amount) from kpi_sales_funnel "
                   "group by 1 having sum(deals_closed) > 0")  # fmt: skip
    assert {m: (v[0], v[1]) for m, v in got.items()} == {m: (won[m], closed[m]) for m in closed}
    for m in closed:
        assert close_enough(got[m][2], amount[m], 0) or abs(float(got[m][2]) - amount[m]) <= MONEY
        score = con.execute("select kpi_value from kpi_scorecard where kpi_name = 'win_rate' and channel = 'all' "
                            "and period_grain = 'month' and period_start = ?", [f"{m}-01"]).fetchone()[0]  # fmt: skip
        assert close_enough(score, won[m] / closed[m], RATE)
    assert con.execute("select _reject_reason from quarantine_hubspot").fetchall() == [
        ("won or lost deal with a close date in the future",)
    ]
    names = {r[0] for r in con.execute("select deal_name from stg_hubspot__deals").fetchall()}
    assert "Globex\nrenewal (2 lines)" in names and "Same day, earlier clock" in names
    open_deals = con.execute("select record_id from dq_crm_records where rule_name = 'open_without_close_date'")
    assert open_deals.fetchall() == [("9108",)]


def test_a_google_ads_excel_utf16_without_day_spans_two_months(group_a) -> None:
    con, _ = group_a
    rows = read("group_a", "google_ads/campaign_report/Campaign report.csv", skip=2, encoding="utf-16", delimiter="\t")
    rows = [r for r in rows if not r["Campaign status"].startswith("Total:")]
    days = day_range(dt.date(2026, 1, 27), dt.date(2026, 2, 23))  # the preamble's "27 January 2026 - 23 February 2026"
    spend, impressions = defaultdict(float), defaultdict(float)
    for r in rows:
        for d, v in spread(num(r["Cost"]), days, 1_000_000).items():
            spend[month(d)] += v
        for d, v in spread(num(r["Impr."]), days, 1).items():
            impressions[month(d)] += v
    got = by_month(con, "select period_start, sum(spend_amount), sum(impressions) from kpi_paid_media_monthly "
                   "where platform = 'google_ads' group by 1")  # fmt: skip
    assert set(got) == {"2026-01", "2026-02"}
    for m in got:
        assert abs(float(got[m][0]) - spend[m]) <= MONEY and got[m][1] == impressions[m]
    assert abs(sum(float(v[0]) for v in got.values()) - sum(num(r["Cost"]) for r in rows)) <= MONEY  # = file total
    assert sum(v[1] for v in got.values()) == sum(num(r["Impr."]) for r in rows)
    # the export's real name, quote, semicolon and all, is its lineage: data, never SQL
    files = con.execute("select distinct _source_file from stg_google_ads__campaign_report").fetchall()
    assert files == [(f"google_ads/campaign_report/{HOSTILE_FILE}",)]


def test_a_meta_default_preset_for_a_month_range(group_a) -> None:
    con, _ = group_a
    rows = [r for r in read("group_a", "meta_ads/campaign_report/Acme-Campaigns-1-Apr-2026-30-Apr-2026.csv")
            if r["Campaign name"]]  # fmt: skip
    got = con.execute("select sum(spend_amount), sum(impressions), count(clicks), count(ctr) from kpi_paid_media_monthly "
                      "where platform = 'meta_ads' and period_start = '2026-04-01'").fetchone()  # fmt: skip
    assert abs(float(got[0]) - sum(num(r["Amount spent (USD)"]) for r in rows)) <= MONEY
    assert got[1] == sum(int(r["Impressions"]) for r in rows)
    assert got[2] == 0 and got[3] == 0  # no Link clicks in the default preset: clicks and CTR NULL
    assert con.execute("select kpi_value from kpi_scorecard where kpi_name = 'ad_clicks' and channel = 'all' "
                       "and period_grain = 'month' and period_start = '2026-04-01'").fetchone()[0] is None  # fmt: skip


def test_a_typeform_nps_with_line_breaks_in_comments(group_a) -> None:
    con, _ = group_a
    rows = read("group_a", "surveys/nps_responses/responses.csv")
    scores = [int(r["How likely are you to recommend Acme to a colleague?"]) for r in rows]
    nps = (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores) * 100
    got = con.execute("select nps from kpi_retention where segment_type = 'all' and period_start = '2026-05-01'")
    assert close_enough(got.fetchone()[0], nps, RATE)
    assert con.execute("select count(*) from stg_surveys__nps_responses").fetchone()[0] == len(rows)


def test_a_stripe_invoices_minimal_columns(group_a) -> None:
    con, _ = group_a
    rows = read("group_a", "stripe/invoices/invoices.csv")
    expected = defaultdict(float)
    for r in rows:
        expected[month(r["Date (UTC)"])] += num(r["Amount Due"])
    got = by_month(con, "select period_start, sales_revenue_amount from kpi_revenue where sales_revenue_amount > 0")
    assert set(got) == set(expected)
    for m, v in expected.items():
        assert abs(float(got[m][0]) - v) <= MONEY


def test_a_ga4_default_traffic_acquisition_view_by_channel_group(group_a) -> None:
    """The default Traffic acquisition table: primary dimension = default channel group, no source /
    medium, no user columns; CRLF line ends; the period from the '# Start date:' preamble line."""
    con, _ = group_a
    rows = read("group_a", "ga4/traffic_acquisition/Traffic_acquisition_Session_primary_channel_group.csv", skip=9)
    to_channel = {"Organic Search": "Organic Search", "Direct": "Direct", "Paid Search": "Paid Search",
                  "Email": "Email", "Unassigned": "Other"}  # fmt: skip
    exp = defaultdict(lambda: [0, 0])
    for r in rows:
        channel = to_channel[r["Session primary channel group (Default Channel Group)"]]
        exp[channel][0] += int(r["Sessions"])
        exp[channel][1] += int(r["Sessions"]) - int(r["Engaged sessions"].strip())
    got = {r[0]: r[1:] for r in con.execute(
        "select channel, sessions, bounce_rate, new_visitors from kpi_engagement "
        "where period_start = '2026-05-01' and sessions > 0").fetchall()}  # fmt: skip
    assert set(got) == set(exp)
    for channel, (sessions, bounced) in exp.items():
        assert got[channel][0] == sessions and close_enough(got[channel][1], bounced / sessions, RATE)
        assert got[channel][2] is None  # no 'New users' column in this view: NULL, not 0
    lead_gen = con.execute(
        "select count(*), count(new_visitors), count(traffic_to_lead_rate) from kpi_lead_generation "
        "where period_start = '2026-05-01'").fetchone()  # fmt: skip
    assert lead_gen[0] > 0 and lead_gen[1:] == (0, 0)  # nor in the lead-generation mart


# -- group B: internal names, Salesforce column order, levels ---------------------------------


@pytest.fixture(scope="module")
def group_b(tmp_path_factory):
    con, results = build("group_b", tmp_path_factory.mktemp("group_b"))
    yield con, results
    con.close()


def test_b_hubspot_internal_names_and_values(group_b) -> None:
    con, _ = group_b
    rows = read("group_b", "hubspot/contacts/hubspot-crm-exports-all-contacts-2026-06-01.csv")
    leads, mqls = defaultdict(int), defaultdict(int)
    for r in rows:
        channel = CHANNELS[r["hs_analytics_source"]]
        leads[(month(r["createdate"]), channel)] += 1
        mql = r["hs_lifecyclestage_marketingqualifiedlead_date"] or r["hs_lifecyclestage_salesqualifiedlead_date"]
        if mql:
            mqls[(month(mql), channel)] += 1
    got = con.execute("select period_start, channel, new_leads, mqls from kpi_lead_generation "
                      "where new_leads > 0 or mqls > 0").fetchall()  # fmt: skip
    assert {(month(p), c): n for p, c, n, _ in got if n} == dict(leads)
    assert {(month(p), c): q for p, c, _, q in got if q} == dict(mqls)


def test_b_salesforce_report_starting_with_opportunity_id(group_b) -> None:
    con, _ = group_b
    text = (CASES / "group_b/salesforce/opportunities/report1777777777777.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text.split("\n\n")[0], newline="")))  # data block before the footer
    mdy = lambda s: dt.datetime.strptime(s, "%m/%d/%Y").date()  # noqa: E731
    won, closed, cycle = defaultdict(int), defaultdict(int), defaultdict(list)
    for r in rows:
        status = won_lost(r["Stage"])
        if status == "open":
            continue
        m = month(mdy(r["Close Date"]))
        closed[m] += 1
        if status == "won":
            won[m] += 1
            cycle[m].append((mdy(r["Close Date"]) - mdy(r["Created Date"])).days)  # no contact: from created date
    got = by_month(con, "select period_start, sum(deals_won), sum(deals_closed), sum(sales_cycle_days_total), "
                   "sum(won_deals_with_cycle) from kpi_sales_funnel group by 1 having sum(deals_closed) > 0")  # fmt: skip
    assert {m: v[:2] for m, v in got.items()} == {m: (won[m], closed[m]) for m in closed}
    for m in cycle:
        assert got[m][2] / got[m][3] == pytest.approx(sum(cycle[m]) / len(cycle[m]), abs=RATE)
    assert con.execute("select count(*) from stg_salesforce__opportunities").fetchone()[0] == len(rows)
    opportunities_quarantined = (
        "select count(*) from quarantine_salesforce where raw_table = 'salesforce__opportunities'"
    )
    assert con.execute(opportunities_quarantined).fetchone()[0] == 0  # footer = layout rows
    assert con.execute("select record_id from dq_crm_records").fetchall() == [("0065g00000AAA04",)]


def test_b_google_ads_campaign_report_without_day_or_campaign_id(group_b) -> None:
    con, _ = group_b
    rows = [r for r in read("group_b", "google_ads/campaign_report/Campaign report.csv", skip=2)
            if not r["Campaign status"].startswith("Total:")]  # fmt: skip
    got = {r[0]: r[1:] for r in con.execute(
        "select campaign_name, ctr, spend_amount from kpi_paid_media_monthly "
        "where platform = 'google_ads' and period_start = '2026-03-01'").fetchall()}  # fmt: skip
    assert set(got) == {r["Campaign"] for r in rows}
    for r in rows:
        assert close_enough(got[r["Campaign"]][0], num(r["Clicks"]) / num(r["Impr."]), RATE)
        assert abs(float(got[r["Campaign"]][1]) - num(r["Cost"])) <= MONEY


def test_b_meta_ad_level_by_day_in_twd(group_b, fx) -> None:
    con, _ = group_b
    rows = [r for r in read("group_b", "meta_ads/campaign_report/Acme-TW-Ads-1-May-2026-3-May-2026.csv")
            if r["Campaign name"]]  # fmt: skip
    exp = defaultdict(lambda: [0, 0, 0.0])
    for r in rows:
        e = exp[(r["Reporting starts"], r["Campaign name"])]
        e[0] += int(r["Impressions"])
        e[1] += int(r["Link clicks"])
        e[2] += float(r["Amount spent (TWD)"]) * fx[("2026-05", "USD")] / fx[("2026-05", "TWD")]
    got = {(str(r[0]), r[1]): r[2:] for r in con.execute(
        "select period_start, campaign_name, impressions, clicks, spend_amount from kpi_paid_media_daily "
        "where platform = 'meta_ads'").fetchall()}  # fmt: skip
    assert set(got) == set(exp)
    for key, (impr, clicks, spend) in exp.items():
        assert got[key][0] == impr and got[key][1] == clicks and abs(float(got[key][2]) - spend) <= MONEY


def test_b_linkedin_2026_ad_level_utf16(group_b) -> None:
    con, _ = group_b
    rows = read("group_b", "linkedin_ads/campaign_report/creative_1224430733_report.csv", skip=5, encoding="utf-16",
                delimiter="\t")  # fmt: skip
    exp = defaultdict(lambda: [0, 0])
    for r in rows:
        d = dt.datetime.strptime(r["Start Date (in UTC)"], "%m/%d/%Y").date()
        exp[(d, r["Campaign Name"])][0] += int(r["Impressions"])
        exp[(d, r["Campaign Name"])][1] += int(r["Clicks"])
    got = {(r[0], r[1]): list(r[2:]) for r in con.execute(
        "select period_start, campaign_name, impressions, clicks from kpi_paid_media_daily "
        "where platform = 'linkedin_ads'").fetchall()}  # fmt: skip
    assert got == dict(exp)


def test_b_microsoft_api_column_names(group_b) -> None:
    con, _ = group_b
    rows = read("group_b", "microsoft_ads/campaign_report/CampaignPerformance_api.csv", skip=10)
    rows = [r for r in rows if r.get("Impressions")]
    got = {
        (str(r[0]), r[1]): r[2]
        for r in con.execute(
            "select period_start, campaign_name, ctr from kpi_paid_media_daily where platform = 'microsoft_ads'"
        ).fetchall()
    }
    assert len(got) == len(rows)
    for r in rows:
        assert close_enough(got[(r["TimePeriod"], r["CampaignName"])], int(r["Clicks"]) / int(r["Impressions"]), RATE)


# -- group C: spellings, account currency, ad groups, empty export, old dates ------------------


@pytest.fixture(scope="module")
def group_c(tmp_path_factory):
    con, results = build("group_c", tmp_path_factory.mktemp("group_c"), {"KPI_ACCOUNT_CURRENCIES": "hubspot=TWD"})
    yield con, results
    con.close()


def test_c_hubspot_become_spelling_and_messy_headers(group_c) -> None:
    con, _ = group_c
    rows = read("group_c", "hubspot/contacts/hubspot-crm-exports-all-contacts-2026-04-01.csv")
    leads, mqls, score = defaultdict(int), defaultdict(int), defaultdict(list)
    for r in rows:
        created = r["  create date "][:10]
        leads[month(created)] += 1
        score[month(created)].append(int(r["HubSpot Score"]))
        mql = r["Become a Marketing Qualified Lead Date"] or r["Become a Sales Qualified Lead Date"]
        if mql:
            mqls[month(max(mql[:10], created))] += 1  # a stage before the create date counts on the create date
    got = by_month(con, "select period_start, sum(new_leads), sum(mqls), sum(lead_score_total) / sum(leads_with_score) "
                   "from kpi_lead_generation group by 1 having sum(new_leads) + sum(mqls) > 0")  # fmt: skip
    assert {m: v[0] for m, v in got.items() if v[0]} == dict(leads)
    assert {m: v[1] for m, v in got.items() if v[1]} == dict(mqls)
    for m, s in score.items():
        assert close_enough(got[m][2], sum(s) / len(s), RATE)
    assert con.execute("select record_id, rule_name from dq_crm_records where record_type = 'contact'").fetchall() == [
        ("6004", "stage_before_create")
    ]


def test_c_hubspot_deals_in_the_account_currency(group_c, fx) -> None:
    con, _ = group_c
    rows = read("group_c", "hubspot/deals/hubspot-crm-exports-all-deals-2026-05-01.csv")
    amount = defaultdict(float)
    for r in rows:
        if won_lost(r["Deal Stage"]) == "won":
            m = month(r["Create Date"])  # converted at the deal's create month
            amount[month(r["Close Date"])] += float(r["Amount"]) * fx[(m, "USD")] / fx[(m, "TWD")]
    got = by_month(con, "select period_start, sum(won_amount) from kpi_sales_funnel where period_start >= '2026-01-01' "
                   "group by 1 having sum(won_amount) > 0")  # fmt: skip
    assert set(got) == set(amount)
    for m, v in amount.items():
        assert abs(float(got[m][0]) - v) <= MONEY


def test_c_google_ads_ad_group_rows_roll_up_to_campaigns(group_c) -> None:
    con, _ = group_c
    rows = [r for r in read("group_c", "google_ads/campaign_report/Untitled report.csv", skip=2)
            if not r["Day"].startswith("Total:")]  # fmt: skip
    exp = defaultdict(lambda: [0, 0.0])
    for r in rows:
        exp[(r["Day"], r["Campaign"])][0] += int(num(r["Impr."]))
        exp[(r["Day"], r["Campaign"])][1] += num(r["Cost"])
    got = {(str(r[0]), r[1]): r[2:] for r in con.execute(
        "select period_start, campaign_name, impressions, spend_amount from kpi_paid_media_daily "
        "where platform = 'google_ads'").fetchall()}  # fmt: skip
    assert set(got) == set(exp)
    for key, (impr, spend) in exp.items():
        assert got[key][0] == impr and abs(float(got[key][1]) - spend) <= MONEY


def test_c_meta_campaigns_for_a_month_with_link_clicks(group_c, fx) -> None:
    con, _ = group_c
    rows = read("group_c", "meta_ads/campaign_report/Acme-Campaigns-1-Jun-2026-30-Jun-2026.csv")
    got = {r[0]: r[1:] for r in con.execute(
        "select campaign_name, ctr, spend_amount, conversions from kpi_paid_media_monthly "
        "where platform = 'meta_ads' and period_start = '2026-06-01'").fetchall()}  # fmt: skip
    for r in rows:
        ctr, spend, conversions = got[r["Campaign name"]]
        assert close_enough(ctr, int(r["Link clicks"]) / int(r["Impressions"]), RATE)
        assert abs(float(spend) - float(r["Amount spent (TWD)"]) / fx[("2026-06", "TWD")]) <= MONEY
        assert float(conversions) == float(r["Results"] or 0)  # a blank Results is no result


def test_c_linkedin_empty_export_has_only_its_preamble(group_c) -> None:
    con, results = group_c
    assert [r.status for r in results if r.table == "linkedin_ads/campaign_report"] == ["accepted"]
    assert con.execute("select count(*) from stg_linkedin_ads__campaign_report").fetchone()[0] == 0


def test_c_mailchimp_minimal_columns(group_c) -> None:
    con, _ = group_c
    rows = read("group_c", "mailchimp/campaigns/campaigns.csv")
    rate = sum(int(r["Unique Opens"]) for r in rows) / sum(int(r["Successful Deliveries"]) for r in rows)
    got = con.execute("select sum(unique_opens) / sum(emails_delivered), count(email_bounce_rate), "
                      "count(email_unsubscribe_rate) from kpi_engagement where period_start = '2026-06-01'").fetchone()  # fmt: skip
    assert close_enough(got[0], rate, RATE)
    assert got[1] == 0 and got[2] == 0  # no bounce or unsubscribe columns: NULL, not 0


def test_c_salesforce_deals_before_the_demo_period(group_c) -> None:
    con, _ = group_c
    rows = read("group_c", "salesforce/opportunities/report1522000000000.csv")
    rows = [r for r in rows if r.get("Stage")]
    won, closed = defaultdict(int), defaultdict(int)
    for r in rows:
        m = month(dt.datetime.strptime(r["Close Date"], "%m/%d/%Y").date())
        closed[m] += 1
        won[m] += won_lost(r["Stage"]) == "won"
    got = by_month(con, "select period_start, sum(deals_won), sum(deals_closed) from kpi_sales_funnel "
                   "where period_start < '2019-01-01' group by 1 having sum(deals_closed) > 0")  # fmt: skip
    assert got == {m: (won[m], closed[m]) for m in closed}


def touches(con, touch_type: str) -> list[tuple]:
    return con.execute(
        "select contact_id, channel, campaign_name, touch_date from int_touchpoints where touch_type = ? "
        "order by touch_date, contact_id nulls last",
        [touch_type],
    ).fetchall()


def test_b_salesforce_campaign_members_of_a_standard_org(group_b) -> None:
    """Salesforce Contact / Lead IDs only (no HubSpot id): members link to contacts by e-mail (case
    and spaces ignored); a member who did not respond is no touch; a member nobody knows is a touch
    without a contact; a bad Created Date is quarantined; a member twice in one campaign keeps its
    first line; the footer and Grand Totals are layout rows."""
    con, results = group_b
    assert [r.status for r in results if r.table == "salesforce/campaign_members"] == ["accepted"]
    contacts = {
        r["email"]: r["hs_object_id"]
        for r in read("group_b", "hubspot/contacts/hubspot-crm-exports-all-contacts-2026-06-01.csv")
    }
    text = (CASES / "group_b/salesforce/campaign_members/report1777777778888.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text.split("\n\n")[0], newline="")))[:-1]  # data block, Grand Totals dropped
    mdy = lambda s: dt.datetime.strptime(s, "%m/%d/%Y").date()  # noqa: E731
    expected, seen, bad = [], set(), 0
    for r in rows:
        try:
            created = mdy(r["Created Date"])
        except ValueError:
            bad += 1
            continue
        member = (r["Campaign Name"], r["Contact ID"] or r["Lead ID"])
        if member in seen:
            continue
        seen.add(member)
        if r["Responded"] == "1":
            when = mdy(r["First Responded Date"]) if r["First Responded Date"] else created
            expected.append((contacts.get(r["Email"].strip().lower()), "Events", r["Campaign Name"], when))
    assert con.execute("select count(*) from stg_salesforce__campaign_members").fetchone()[0] == len(seen)
    assert touches(con, "campaign_member") == sorted(expected, key=lambda t: (t[3], t[0] is None, t[0] or ""))
    assert sum(1 for t in expected if t[0] is None) == 1  # zz@nowhere.example
    quarantined = con.execute("select _source_line, _reject_reason from quarantine_salesforce").fetchall()
    assert len(quarantined) == bad == 1 and quarantined[0][0] == 6 and "member_created_at" in quarantined[0][1]


def test_b_deals_without_touches_are_unattributed(group_b) -> None:
    """The Salesforce opportunities carry no contact: every won deal is credited to 'unattributed'
    under each model, whole, in its close month."""
    con, _ = group_b
    text = (CASES / "group_b/salesforce/opportunities/report1777777777777.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text.split("\n\n")[0], newline="")))
    won = defaultdict(float)
    for r in rows:
        if won_lost(r["Stage"]) == "won":
            won[month(dt.datetime.strptime(r["Close Date"], "%m/%d/%Y").date())] += float(r["Amount"])
    got = con.execute("select attribution_model, channel, period_start, sum(attributed_revenue_amount) from kpi_attribution "
                      "where attributed_revenue_amount <> 0 group by all").fetchall()  # fmt: skip
    assert {(m, ch) for m, ch, _, _ in got} == {(m, "unattributed") for m in
            ("first_touch", "last_touch", "linear", "u_shaped", "w_shaped", "full_path", "time_decay")}  # fmt: skip
    for model in ("linear", "w_shaped"):
        by = {month(p): float(v) for m, _, p, v in got if m == model}
        assert by.keys() == won.keys() and all(abs(by[k] - won[k]) <= MONEY for k in won)


def test_c_mailchimp_email_activity_from_the_api(group_c) -> None:
    """The email-activity report flattened with its API names and ISO 8601 timestamps: opens are
    staged but are no touch, clicks link to contacts by e-mail (case ignored), a click of nobody we
    know is a touch without a contact, an unreadable timestamp is quarantined."""
    con, results = group_c
    assert [r.status for r in results if r.table == "mailchimp/email_activity"] == ["accepted"]
    contacts = {
        r["Email"].lower(): r["Record ID"]
        for r in read("group_c", "hubspot/contacts/hubspot-crm-exports-all-contacts-2026-04-01.csv")
    }
    titles = {r["Unique Id"]: r["Title"] for r in read("group_c", "mailchimp/campaigns/campaigns.csv")}
    rows = read("group_c", "mailchimp/email_activity/email-activity-2026-06.csv")
    good = [r for r in rows if r["timestamp"][:4].isdigit()]
    expected = [
        (contacts.get(r["email_address"].lower()), "Email", titles[r["campaign_id"]], dt.date.fromisoformat(r["timestamp"][:10]))
        for r in good if r["action"] == "click"
    ]  # fmt: skip
    assert con.execute("select count(*) from stg_mailchimp__email_activity").fetchone()[0] == len(good)
    assert sorted(touches(con, "email_click"), key=str) == sorted(expected, key=str)
    assert [c for c, *_ in expected].count(None) == 1
    quarantined = con.execute("select _reject_reason from quarantine_mailchimp").fetchall()
    assert len(quarantined) == len(rows) - len(good) == 1 and "activity_at" in quarantined[0][0]


# -- rejected before the build -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("rejected_fx_2018", "no FX rate for TWD in 2018-01, 2018-02"),
        ("rejected_scientific_ids", "is in scientific notation"),
    ],
)
def test_rejected_with_the_reason(case: str, message: str, tmp_path: Path) -> None:
    code = cli.main(["--exports", str(CASES / case), "--landing", str(tmp_path / "l"),
                                  "--report", str(tmp_path / "r"), "--quiet"])  # fmt: skip
    results, _, _ = pipeline.validate_folder(CASES / case, {})
    assert code == 1
    findings = [f for r in results for f in r.findings if f.severity == "reject"]
    assert any(message in f.message and f.line and f.column for f in findings), [f.text() for f in findings]


# -- across the groups: one rule book, readable staging ---------------------------------------


@pytest.mark.parametrize("group", ["group_a", "group_b", "group_c"])
def test_validator_quarantine_equals_dbt_row_by_row(group: str, request) -> None:
    """The rows the validation report sends to quarantine (file, line, reason) are exactly the rows
    of dbt's quarantine models: both come from the one rule book."""
    con, results = request.getfixturevalue(group)
    predicted = {
        (r.table.replace("/", "__"), f.file, f.line, f.message.removesuffix("; the row goes to quarantine"))
        for r in results
        for f in r.findings
        if f.severity == "quarantine"
    }
    models = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                        "where table_name like 'quarantine_%'").fetchall()]  # fmt: skip
    actual = set()
    for model in models:
        actual |= set(
            con.execute(f"select raw_table, _source_file, _source_line, _reject_reason from {model}").fetchall()
        )
    assert actual == predicted


@pytest.mark.parametrize("group", ["group_a", "group_b", "group_c"])
def test_every_staged_row_reads(group: str, request) -> None:
    """Free text with line breaks inside quotes (deal names, survey comments, ad texts) lands so
    that every staging relation reads whole, not only validates."""
    con, _ = request.getfixturevalue(group)
    models = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                        "where table_name like 'stg_%' or table_name like 'base_%'").fetchall()]  # fmt: skip
    assert len(models) >= 42
    for model in models:
        con.execute(f"select * from {model}").fetchall()
