"""Issue 4's independent check: win rate, median sales cycle, churn rate, NPS and CAC recomputed
from the raw demo CSVs with plain Python (csv, datetime, statistics) for two periods each, and
compared with kpi_sales_funnel(_team), kpi_retention and kpi_revenue. The rules are written out
again here from the catalog, not read from the models."""

from __future__ import annotations

import csv
import datetime as dt
import statistics
from collections import defaultdict

import pytest
from conftest import DEMO
from test_marketing_marts_independent import contacts, usd

CLOSE_MONTHS = ["2025-08", "2026-03"]  # win rate and sales cycle
CHURN_MONTHS = ["2026-01", "2026-08"]  # churn rate and CAC
NPS_MONTHS = ["2025-09", "2026-06"]  # quarterly NPS survey months
ACQUISITION_CATEGORIES = {
    "Advertising",
    "Events",
    "Marketing salaries",
    "Marketing tools",
    "Sales salaries",
    "Overhead",
}


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def mdy(text: str) -> dt.date:
    m, d, y = text.split("/")
    return dt.date(int(y), int(m), int(d))


def ts(text: str) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def month_start(month: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{month}-01")


def next_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:])
    return f"{y + (m == 12)}-{m % 12 + 1:02d}"


@pytest.fixture(scope="module")
def deals() -> list[dict]:
    """Closed deals of both CRMs: team, status, close month, won date and lead create date."""
    leads = {cid: day(r["Create Date"]) for cid, r in contacts().items()}
    first_won: dict[str, dt.date] = {}
    with open(DEMO / "hubspot" / "deal_stage_history" / "deal_stage_history.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["Deal Stage"] == "Closed Won":
                d = day(r["Date entered"])
                first_won[r["Record ID"]] = min(d, first_won.get(r["Record ID"], d))
    out = []
    for path in (DEMO / "hubspot" / "deals").glob("*.csv"):
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                status = {"Closed Won": "won", "Closed Lost": "lost"}.get(r["Deal Stage"])
                if status:
                    closed = day(r["Close Date"])
                    won = first_won.get(r["Record ID"], closed) if status == "won" else None
                    out.append(dict(team=r["HubSpot Team"], status=status, closed=closed, won=won,
                                    lead=leads.get(r["Associated Contact IDs"])))  # fmt: skip
    path = next((DEMO / "salesforce" / "opportunities").glob("*.csv"))
    with open(path, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            status = {"Closed Won": "won", "Closed Lost": "lost"}.get(r.get("Stage") or "")
            if status and r["Opportunity ID"]:
                closed = mdy(r["Close Date"])
                out.append(dict(team=r["Owner Role"], status=status, closed=closed,
                                won=closed if status == "won" else None, lead=leads.get(r["HubSpot Contact ID"])))  # fmt: skip
    return out


@pytest.fixture(scope="module")
def subscriptions() -> list[dict]:
    with open(DEMO / "stripe" / "subscriptions" / "subscriptions.csv", newline="", encoding="utf-8") as fh:
        return [
            dict(customer=r["Customer ID"], start=ts(r["Start Date (UTC)"]),
                 end=ts(r["Ended At (UTC)"]) or ts(r["Canceled At (UTC)"]))
            for r in csv.DictReader(fh)
        ]  # fmt: skip


def customers_at(subs: list[dict], instant: dt.datetime) -> set[str]:
    """Customers with a subscription in force at the instant (started before, not ended by then)."""
    return {s["customer"] for s in subs if s["start"] < instant and (s["end"] is None or s["end"] >= instant)}


@pytest.mark.parametrize("month", CLOSE_MONTHS)
def test_win_rate_and_median_sales_cycle_by_team(warehouse, deals, month) -> None:
    teams = defaultdict(lambda: {"won": 0, "closed": 0, "cycles": []})
    for d in deals:
        if d["closed"].isoformat()[:7] == month:
            t = teams[d["team"]]
            t["closed"] += 1
            if d["status"] == "won":
                t["won"] += 1
                if d["lead"] is not None:
                    t["cycles"].append((d["won"] - d["lead"]).days)
    assert teams, f"no closed deals in {month}: pick another month"
    rows = warehouse.execute(
        "select team_name, deals_won, deals_closed, win_rate, sales_cycle_days_median "
        "from kpi_sales_funnel_team where period_start = ?",
        [dt.date.fromisoformat(f"{month}-01")],
    ).fetchall()
    got = {r[0]: r[1:] for r in rows if r[2]}
    assert set(got) == set(teams)
    for team, t in teams.items():
        won, closed, win_rate, median = got[team]
        assert (won, closed) == (t["won"], t["closed"]), team
        assert float(win_rate) == pytest.approx(t["won"] / t["closed"], abs=1e-9)
        if t["cycles"]:
            assert float(median) == pytest.approx(statistics.median(t["cycles"]), abs=1e-9)
        else:
            assert median is None
    total = warehouse.execute(
        "select sum(deals_won), sum(deals_closed) from kpi_sales_funnel where period_start = ?",
        [dt.date.fromisoformat(f"{month}-01")],
    ).fetchone()
    assert tuple(total) == (sum(t["won"] for t in teams.values()), sum(t["closed"] for t in teams.values()))


@pytest.mark.parametrize("month", CHURN_MONTHS)
def test_churn_rate(warehouse, subscriptions, month) -> None:
    at_start = customers_at(subscriptions, month_start(month))
    at_end = customers_at(subscriptions, month_start(next_month(month)))
    lost = at_start - at_end
    assert at_start, f"no customers at the start of {month}"
    row = warehouse.execute(
        "select customers_at_start, customers_lost, churn_rate, customer_retention_rate from kpi_retention "
        "where period_start = ? and segment_type = 'all'",
        [dt.date.fromisoformat(f"{month}-01")],
    ).fetchone()
    assert (row[0], row[1]) == (len(at_start), len(lost))
    assert float(row[2]) == pytest.approx(len(lost) / len(at_start), abs=1e-9)
    assert float(row[2]) + float(row[3]) == pytest.approx(1, abs=1e-9)


@pytest.mark.parametrize("month", NPS_MONTHS)
def test_nps(warehouse, month) -> None:
    scores = []
    with open(DEMO / "surveys" / "nps_responses" / "nps_responses.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["Submit Date (UTC)"][:7] == month:
                scores.append(int(r["How likely are you to recommend Lotus Analytics to a colleague?"]))
    assert scores, f"no NPS responses in {month}"
    promoters = sum(s >= 9 for s in scores)
    detractors = sum(s <= 6 for s in scores)
    row = warehouse.execute(
        "select nps_responses, promoters, detractors, nps from kpi_retention where period_start = ? and segment_type = 'all'",
        [dt.date.fromisoformat(f"{month}-01")],
    ).fetchone()
    assert row[:3] == (len(scores), promoters, detractors)
    assert float(row[3]) == pytest.approx(100 * promoters / len(scores) - 100 * detractors / len(scores), abs=1e-8)


@pytest.mark.parametrize("month", CHURN_MONTHS)
def test_cac(warehouse, subscriptions, fx, month) -> None:
    costs = 0.0
    with open(DEMO / "finance" / "expenses" / "expenses.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["Month"][:7] == month and r["Category"] in ACQUISITION_CATEGORIES:
                costs += usd(float(r["Amount"]), month, r["Currency"], fx)
    # new customer = a customer at this month's end that was never a customer at an earlier month end
    earlier: set[str] = set()
    m = "2024-11"
    while m != month:
        earlier |= customers_at(subscriptions, month_start(next_month(m)))
        m = next_month(m)
    new = customers_at(subscriptions, month_start(next_month(month))) - earlier
    assert new, f"no new customers in {month}"
    row = warehouse.execute(
        "select acquisition_cost_amount, new_customers, cac from kpi_revenue where period_start = ?",
        [dt.date.fromisoformat(f"{month}-01")],
    ).fetchone()
    assert float(row[0]) == pytest.approx(costs, rel=1e-6)
    assert row[1] == len(new)
    assert float(row[2]) == pytest.approx(costs / len(new), rel=1e-6)


@pytest.mark.parametrize(("quarter_start", "months"), [("2025-08-01", ["2025-08", "2025-09", "2025-10"])])
def test_scorecard_win_rate_whole_company(warehouse, deals, quarter_start, months) -> None:
    """kpi_scorecard's whole-company win rate, for a fiscal quarter and for each of its months,
    recomputed from the raw HubSpot deals and Salesforce opportunities: won ÷ closed by close date."""

    def expected(in_period: list[str]) -> tuple[int, int]:
        closed = [d for d in deals if d["closed"].isoformat()[:7] in in_period]
        return sum(1 for d in closed if d["status"] == "won"), len(closed)

    def got(grain: str, start: str) -> tuple:
        return warehouse.execute(
            "select kpi_value, numerator, denominator from kpi_scorecard "
            "where kpi_name = 'win_rate' and period_grain = ? and period_start = ? and channel = 'all'",
            [grain, dt.date.fromisoformat(start)],
        ).fetchone()

    for grain, start, period in [("quarter", quarter_start, months)] + [("month", f"{m}-01", [m]) for m in months]:
        won, closed = expected(period)
        assert closed, f"no closed deals in {period}: pick another quarter"
        value, numerator, denominator = got(grain, start)
        assert (float(numerator), float(denominator)) == (won, closed), (grain, start)
        assert float(value) == pytest.approx(won / closed, abs=1e-9), (grain, start)
