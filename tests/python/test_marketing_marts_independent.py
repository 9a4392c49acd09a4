"""Issue 3's independent check: KPIs recomputed from the raw demo CSVs with plain Python (csv
module, hand-written channel rules) for two months and two channels, compared with the marts."""

from __future__ import annotations

import csv
import io
from collections import defaultdict

import pytest
from conftest import DEMO
from test_staging_against_raw import google_ads_rows, linkedin_rows, number

MONTHS = ["2025-03", "2026-02"]
# HubSpot Original Source label -> channel; GA4 medium -> channel (written out by hand here).
HUBSPOT_CHANNEL = {"Paid Search": "Paid Search", "Paid Social": "Paid Social", "Organic Search": "Organic Search"}
GA4_CHANNEL = {"cpc": "Paid Search", "paid_social": "Paid Social", "organic": "Organic Search"}


def usd(amount: float, month: str, currency: str, fx) -> float:
    return amount * fx[(month, "USD")] / fx[(month, currency)]


def meta_rows() -> list[tuple[str, float, str]]:
    out = []
    for path in sorted((DEMO / "meta_ads" / "campaign_report").glob("*.csv")):
        reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
        spend_col = next(c for c in reader.fieldnames if c.startswith("Amount spent ("))
        for r in reader:
            if r["Campaign name"]:
                out.append((r["Reporting starts"][:7], float(r[spend_col]), spend_col[len("Amount spent (") : -1]))
    return out


def microsoft_rows() -> list[tuple[str, float, str]]:
    out = []
    for path in sorted((DEMO / "microsoft_ads" / "campaign_report").glob("*.csv")):
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        header = lines.index("") + 1  # the header follows the blank line after the preamble
        for r in csv.DictReader(lines[header:]):
            if r["Gregorian date"] and "Microsoft Corporation" not in r["Gregorian date"] and r["Campaign name"]:
                m, _, y = r["Gregorian date"].split("/")
                out.append((f"{y}-{int(m):02d}", float(r["Spend"]), r["Currency code"]))
    return out


def contacts() -> dict[str, dict[str, str]]:
    newest: dict[str, dict[str, str]] = {}
    for path in sorted((DEMO / "hubspot" / "contacts").glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                newest[r["Record ID"]] = r
    return newest


@pytest.fixture(scope="module")
def channel_spend(fx) -> dict[tuple[str, str], float]:
    spend: dict[tuple[str, str], float] = defaultdict(float)
    for r in google_ads_rows():
        spend[(r["Day"][:7], "Paid Search")] += usd(number(r["Cost"]), r["Day"][:7], r["Currency code"], fx)
    for month, amount, cur in microsoft_rows():
        spend[(month, "Paid Search")] += usd(amount, month, cur, fx)
    for r in linkedin_rows():
        m, _, y = r["Start Date (in UTC)"].split("/")
        month = f"{y}-{int(m):02d}"
        spend[(month, "Paid Social")] += usd(number(r["Total Spent"]), month, r["Currency"], fx)
    for month, amount, cur in meta_rows():
        spend[(month, "Paid Social")] += usd(amount, month, cur, fx)
    return spend


@pytest.mark.parametrize("month", MONTHS)
@pytest.mark.parametrize("channel", ["Paid Search", "Paid Social"])
def test_cpl_and_mql_to_sql(warehouse, channel_spend, month, channel) -> None:
    people = [c for c in contacts().values() if HUBSPOT_CHANNEL.get(c["Original Source"]) == channel]
    leads = sum(1 for c in people if c["Create Date"][:7] == month)
    mqls = [c for c in people if c["Became a Marketing Qualified Lead Date"][:7] == month]
    mql_cohort_sqls = sum(1 for c in mqls if c["Became a Sales Qualified Lead Date"])
    row = warehouse.execute(
        "select new_leads, mqls, mqls_cohort_sqls, cost_per_lead, mql_to_sql_rate from kpi_lead_generation "
        "where channel = ? and strftime(period_start, '%Y-%m') = ?",
        [channel, month],
    ).fetchone()
    assert row[:3] == (leads, len(mqls), mql_cohort_sqls)
    # converted spend is kept at 6 decimals per row, so CPL matches to 1e-6, rates exactly to 1e-9
    assert abs(float(row[3]) - channel_spend[(month, channel)] / leads) < 1e-6
    assert abs(float(row[4]) - mql_cohort_sqls / len(mqls)) < 1e-9


@pytest.mark.parametrize("month", MONTHS)
def test_ctr_and_cpc_per_platform(warehouse, fx, month) -> None:
    google = [r for r in google_ads_rows() if r["Day"][:7] == month]
    linkedin = [r for r in linkedin_rows() if r["Start Date (in UTC)"].split("/")[0] == str(int(month[5:]))
                and r["Start Date (in UTC)"].endswith(month[:4])]  # fmt: skip
    expected = {
        "google_ads": (
            sum(number(r["Clicks"]) for r in google),
            sum(number(r["Impr."]) for r in google),
            sum(usd(number(r["Cost"]), month, r["Currency code"], fx) for r in google),
        ),
        "linkedin_ads": (
            sum(number(r["Clicks"]) for r in linkedin),
            sum(number(r["Impressions"]) for r in linkedin),
            sum(usd(number(r["Total Spent"]), month, r["Currency"], fx) for r in linkedin),
        ),
    }
    for platform, (clicks, impressions, spend) in expected.items():
        got = warehouse.execute(
            "select sum(clicks), sum(impressions), sum(spend_amount) from kpi_paid_media_monthly "
            "where platform = ? and strftime(period_start, '%Y-%m') = ?",
            [platform, month],
        ).fetchone()
        assert (got[0], got[1]) == (clicks, impressions)
        # the mart's campaign rows: each rate equals the raw recomputation for that campaign
        rows = warehouse.execute(
            "select campaign_id, ctr, cpc from kpi_paid_media_monthly where platform = ? and strftime(period_start, '%Y-%m') = ?",
            [platform, month],
        ).fetchall()
        for campaign_id, ctr, cpc in rows:
            if platform == "google_ads":
                mine = [r for r in google if r["Campaign ID"] == campaign_id]
                c, i = sum(number(r["Clicks"]) for r in mine), sum(number(r["Impr."]) for r in mine)
                s = sum(usd(number(r["Cost"]), month, r["Currency code"], fx) for r in mine)
            else:
                mine = [r for r in linkedin if r["Campaign ID"] == campaign_id]
                c, i = sum(number(r["Clicks"]) for r in mine), sum(number(r["Impressions"]) for r in mine)
                s = sum(usd(number(r["Total Spent"]), month, r["Currency"], fx) for r in mine)
            assert abs(float(ctr) - c / i) < 1e-9
            assert abs(float(cpc) - s / c) < 1e-6  # spend is stored at 6 decimals per row
        assert abs(float(got[2]) - spend) < 1e-4


@pytest.mark.parametrize("month", MONTHS)
def test_email_open_rate(warehouse, month) -> None:
    newest: dict[str, dict[str, str]] = {}
    for path in sorted((DEMO / "mailchimp" / "campaigns").glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                newest[r["Unique Id"]] = r
    import datetime as dt

    sent = [
        r
        for r in newest.values()
        if dt.datetime.strptime(r["Send Date"], "%b %d, %Y %I:%M %p").strftime("%Y-%m") == month
    ]
    opens = sum(int(r["Unique Opens"]) for r in sent)
    delivered = sum(int(r["Successful Deliveries"]) for r in sent)
    got = warehouse.execute(
        "select unique_opens, emails_delivered, email_open_rate from kpi_engagement "
        "where channel = 'Email' and strftime(period_start, '%Y-%m') = ?",
        [month],
    ).fetchone()
    assert got[:2] == (opens, delivered)
    assert abs(float(got[2]) - opens / delivered) < 1e-9


@pytest.mark.parametrize("month", MONTHS)
@pytest.mark.parametrize("channel", ["Paid Search", "Organic Search"])
def test_web_bounce_rate(warehouse, month, channel) -> None:
    path = DEMO / "ga4" / "traffic_acquisition" / f"traffic_acquisition_{month}.csv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    sessions = engaged = 0
    for r in csv.DictReader(lines):
        medium = r["Session source / medium"].split(" / ")[1]
        if GA4_CHANNEL.get(medium) == channel:
            sessions += int(r["Sessions"])
            engaged += int(r["Engaged sessions"])
    got = warehouse.execute(
        "select sessions, bounce_rate from kpi_engagement where channel = ? and strftime(period_start, '%Y-%m') = ?",
        [channel, month],
    ).fetchone()
    assert got[0] == sessions
    assert abs(float(got[1]) - (sessions - engaged) / sessions) < 1e-9


# a fiscal quarter (the demo's fiscal year starts in November): February to April 2025
QUARTER_START, QUARTER_MONTHS = "2025-02-01", ["2025-02", "2025-03", "2025-04"]


def scorecard_row(warehouse, kpi: str, grain: str, start: str, channel: str) -> tuple:
    row = warehouse.execute(
        "select kpi_value, numerator, denominator from kpi_scorecard "
        "where kpi_name = ? and period_grain = ? and period_start = ? and channel = ?",
        [kpi, grain, start, channel],
    ).fetchone()
    assert row is not None, (kpi, grain, start, channel)
    return tuple(None if v is None else float(v) for v in row)


def test_scorecard_quarter_and_whole_company_from_raw(warehouse, channel_spend) -> None:
    """kpi_scorecard recomputed from the raw HubSpot contacts and ad exports, not from the marts: a
    fiscal quarter's new leads (summed), MQL → SQL rate (from the quarter's own cohort counts, not
    an average of the months' rates) for the whole company, and CPL of one channel."""
    people = list(contacts().values())

    def funnel(group: list[dict[str, str]]) -> tuple[int, int, int]:
        leads = sum(1 for c in group if c["Create Date"][:7] in QUARTER_MONTHS)
        mqls = [c for c in group if c["Became a Marketing Qualified Lead Date"][:7] in QUARTER_MONTHS]
        return leads, len(mqls), sum(1 for c in mqls if c["Became a Sales Qualified Lead Date"])

    leads, mqls, cohort_sqls = funnel(people)
    assert scorecard_row(warehouse, "new_leads", "quarter", QUARTER_START, "all")[0] == leads
    value, numerator, denominator = scorecard_row(warehouse, "mql_to_sql_rate", "quarter", QUARTER_START, "all")
    assert (numerator, denominator) == (cohort_sqls, mqls)
    assert value == pytest.approx(cohort_sqls / mqls, abs=1e-9)

    paid_search = [c for c in people if HUBSPOT_CHANNEL.get(c["Original Source"]) == "Paid Search"]
    ps_leads = funnel(paid_search)[0]
    spend = sum(channel_spend[(m, "Paid Search")] for m in QUARTER_MONTHS)
    value, numerator, denominator = scorecard_row(warehouse, "cost_per_lead", "quarter", QUARTER_START, "Paid Search")
    assert denominator == ps_leads
    assert value == pytest.approx(spend / ps_leads, abs=1e-6)  # spend is kept at 6 decimals per row
