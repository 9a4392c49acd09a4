"""Contacts merged in HubSpot count once (stg_hubspot__contact_merges): the real-shaped exports of
tests/real_exports/group_a plus a newer contacts snapshot in which HubSpot merged two contacts into
a new record (new Record ID, the old ids in `Merged record IDs`, as HubSpot merges now), while the
older snapshot still holds the two; and a deal of one of the old contacts. Expected values come from
the CSV files, read here with the csv module: the newest file per Record ID, less the ids a
surviving contact lists."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from test_real_exports import build, month

NEWER = "hubspot-crm-exports-all-contacts-2026-07-01.csv"
DEALS = "hubspot-crm-exports-all-deals-2026-07-01.csv"


def add_merge(exports: Path) -> None:
    contacts = exports / "hubspot" / "contacts"
    with open(contacts / NEWER, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(["Record ID", "Email", "Create Date", "Merged record IDs"])
        writer.writerow(["7999", "p0@example.com", "2026-03-02 09:10", "7001;7002"])  # 7001 and 7002, merged
        writer.writerow(["7003", "p2@example.com", "2026-03-31 23:59", ""])
    with open(exports / "hubspot" / "deals" / DEALS, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(["Record ID", "Deal Name", "Deal Stage", "Amount", "Create Date", "Close Date",
                         "Associated Contact IDs"])  # fmt: skip
        writer.writerow(
            ["9999", "Merged - 1 seat", "Closed Won", "1000.00", "2026-04-01 09:00", "2026-04-20 10:00", "7002"]
        )


def expected_contacts(exports: Path) -> dict[str, dict[str, str]]:
    newest: dict[str, dict[str, str]] = {}
    for path in sorted((exports / "hubspot" / "contacts").glob("*.csv")):  # later names win
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                newest[row["Record ID"]] = row
    merged = {i for row in newest.values() for i in (row.get("Merged record IDs") or "").split(";") if i}
    return {cid: row for cid, row in newest.items() if cid not in merged}


def test_merged_contacts_count_once_and_their_deals_follow_the_survivor(tmp_path) -> None:
    kept: dict[str, Path] = {}

    def prepare(exports: Path) -> None:
        add_merge(exports)
        kept["exports"] = exports

    con, _ = build("group_a", tmp_path, prepare=prepare)
    contacts = expected_contacts(kept["exports"])
    assert "7001" not in contacts and "7002" not in contacts and "7999" in contacts
    staged = {r[0] for r in con.execute("select contact_id from stg_hubspot__contacts").fetchall()}
    assert staged == set(contacts)
    leads = Counter(month(row["Create Date"]) for row in contacts.values())
    got = dict(con.execute("select period_start, sum(new_leads) from kpi_lead_generation "
                           "where period_grain = 'month' group by 1 having sum(new_leads) > 0").fetchall())  # fmt: skip
    assert {str(k)[:7]: int(v) for k, v in got.items()} == {k[:7]: v for k, v in leads.items()}
    assert sum(leads.values()) == 11  # 12 contacts of the older snapshot, 2 merged into 1 (by hand)
    assert con.execute("select contact_id from stg_hubspot__deals where deal_id = '9999'").fetchone() == ("7999",)
    listed = con.execute(
        "select record_id, detail from dq_crm_records where rule_name = 'merged_into_another_contact' order by 1"
    ).fetchall()
    assert listed == [("7001", "merged into contact 7999"), ("7002", "merged into contact 7999")]
    con.close()


def readable(text: str) -> bool:
    import datetime as dt

    try:
        dt.datetime.strptime(text, "%m/%d/%Y")
    except ValueError:
        return False
    return True


def test_a_converted_lead_is_one_campaign_member(tmp_path) -> None:
    """tests/real_exports/group_b's Salesforce campaign members, plus a later export in which a lead
    member converted: its record carries the Contact ID beside the Lead ID, so its key changed."""
    later = "report1888888888888.csv"
    header = ["Member Type", "Contact ID", "Lead ID", "First Name", "Last Name", "Email", "Campaign Name",
              "Campaign Type", "Status", "Responded", "First Responded Date", "Created Date"]  # fmt: skip
    converted = ["Contact", "0035g00000AbC09", "00Q5g00000XyZ03", "Zed", "Zu", "zz@nowhere.example",
                 "Webinar: Q1 KPI review", "Webinar", "Registered", "1", "3/19/2026", "3/19/2026"]  # fmt: skip
    kept: dict[str, Path] = {}

    def prepare(exports: Path) -> None:
        with open(exports / "salesforce" / "campaign_members" / later, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
            writer.writerow(header)
            writer.writerow(converted)
        kept["exports"] = exports

    con, _ = build("group_b", tmp_path, prepare=prepare)
    members: dict[tuple[str, str], dict[str, str]] = {}
    for path in sorted((kept["exports"] / "salesforce" / "campaign_members").glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if not row.get("Campaign Name") or not readable(row["Created Date"]):
                    continue  # a footer line, or a row the validator quarantines (a date that does not exist)
                members[(row["Campaign Name"], row["Contact ID"] or row["Lead ID"])] = row
    folded = {key for key, row in members.items() if not row["Contact ID"] and any(
        k[0] == key[0] and other["Lead ID"] == row["Lead ID"] and other["Contact ID"] for k, other in members.items())}  # fmt: skip
    assert folded == {("Webinar: Q1 KPI review", "00Q5g00000XyZ03")}
    staged = set(con.execute("select campaign_name, member_key from stg_salesforce__campaign_members").fetchall())
    assert staged == set(members) - folded
    listed = con.execute(
        "select record_id, detail from dq_crm_records where rule_name = 'lead_converted_to_contact'"
    ).fetchall()
    assert listed == [("00Q5g00000XyZ03", "Webinar: Q1 KPI review: contact 0035g00000AbC09")]
    con.close()
