"""Days and months are cut in the reporting time zone (var reporting_timezone): the landing step
converts every timestamp from the zone its source writes in (HubSpot: the portal's, declared by
KPI_SOURCE_TIMEZONES; Stripe: UTC) into it. The real-shaped exports of tests/real_exports/group_a
(a contact created 2026-03-31 23:59 in the portal's New York time) plus a Stripe invoice at
22:30 UTC the same evening, reported in Berlin time: both fall in April. Expected values come from
the files, converted here with zoneinfo."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from test_real_exports import CASES, build

from landing.settings import zone

PORTAL, REPORTING, UTC = ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin"), ZoneInfo("UTC")
SETTINGS = {"KPI_REPORTING_TIMEZONE": "Europe/Berlin", "KPI_SOURCE_TIMEZONES": "hubspot=America/New_York"}


def local(text: str, written: ZoneInfo) -> dt.datetime:
    """A timestamp as the export writes it, in the reporting zone (naive, as the warehouse holds it)."""
    return (
        dt.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=written).astimezone(REPORTING).replace(tzinfo=None)
    )


def add_evening_invoice(exports: Path) -> None:
    with open(exports / "stripe" / "invoices" / "invoices.csv", "a", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerow(["in_late", "cus_2", "50.00", "2026-03-31 22:30"])


def test_a_late_evening_lead_and_invoice_fall_in_the_reporting_zones_day(tmp_path) -> None:
    assert (CASES / "group_a" / "stripe" / "invoices" / "invoices.csv").exists()
    con, _ = build("group_a", tmp_path, env_extra=SETTINGS, prepare=add_evening_invoice)
    with open(CASES / "group_a" / "hubspot" / "contacts" / "hubspot-crm-exports-all-contacts-2026-06-01.csv",
              newline="", encoding="utf-8") as fh:  # fmt: skip
        contacts = {r["Record ID"]: local(r["Create Date"], PORTAL) for r in csv.DictReader(fh)}
    got = dict(con.execute("select contact_id, created_at from stg_hubspot__contacts").fetchall())
    assert got == contacts
    assert got["7003"] == dt.datetime(2026, 4, 1, 5, 59)  # 23:59 in New York is 05:59 the next day in Berlin
    leads = Counter(f"{t:%Y-%m}" for t in contacts.values())
    by_month = dict(con.execute("select period_start, sum(new_leads) from kpi_lead_generation "
                                "where period_grain = 'month' group by 1 having sum(new_leads) > 0").fetchall())  # fmt: skip
    assert {str(k)[:7]: int(v) for k, v in by_month.items()} == dict(leads)
    invoice = con.execute(
        "select invoiced_at, invoice_date from stg_stripe__invoices where invoice_id = 'in_late'"
    ).fetchone()
    assert invoice == (local("2026-03-31 22:30", UTC), dt.date(2026, 4, 1))  # 00:30 CEST
    con.close()


def test_an_unknown_zone_is_refused_by_name() -> None:
    with pytest.raises(SystemExit, match="'Europe/Berln' is not a time zone"):
        zone("Europe/Berln", "KPI_REPORTING_TIMEZONE")
