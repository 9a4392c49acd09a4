"""Each business rule is stated once and read from there (issue 36, "each rule once"); these tests
fail when a second statement creeps back or the reader stops following the one statement.

Won and lost: seeds/reference/deal_stage_map.csv says which CRM stage closes a deal (funnel_step
won or lost); the landing step's deal_status (landing/values.py) is built from it, and
int_deals__stage_dates reads the same seed for the stage order."""

from __future__ import annotations

import csv
import re

import duckdb
from conftest import ROOT

from landing.values import deal_outcomes, sql_deal_status

SEED = ROOT / "seeds" / "reference" / "deal_stage_map.csv"


def status(stage: str, source: str, outcomes: dict[str, str] | None = None) -> str:
    con = duckdb.connect()
    return con.execute(f"select {sql_deal_status('s', source, outcomes)} from (select ? as s)", [stage]).fetchone()[0]


def test_the_deal_status_follows_the_stage_seed_row_for_row() -> None:
    with open(SEED, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["funnel_step"] for r in rows} >= {"won", "lost", "opportunity"}
    for row in rows:
        want = row["funnel_step"] if row["funnel_step"] in ("won", "lost") else "open"
        for written in (row["deal_stage"], row["deal_stage"].upper(), f"  {row['deal_stage']} "):
            assert status(written, row["source_system"]) == want, (row, written)
    assert status("Closed Won (old)", "hubspot") == "open"  # not a stage of the seed: open


def test_a_stage_added_to_the_seed_closes_deals_without_a_code_change(tmp_path) -> None:
    seed = tmp_path / "deal_stage_map.csv"
    seed.write_text(SEED.read_text(encoding="utf-8") + "hubspot,Won - signed,7,won\n", encoding="utf-8")
    outcomes = deal_outcomes(seed)["hubspot"]
    assert status("Won - Signed", "hubspot", outcomes) == "won"
    assert status("Won - Signed", "hubspot") == "open"  # the shipped seed does not have it


def test_no_closed_stage_is_spelled_in_the_landing_code() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "landing").glob("*.py"))
    assert not re.search(r"closed\s*won|closed\s*lost", code, re.IGNORECASE)
