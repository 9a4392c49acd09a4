"""scripts/compare_targets.py, the check that another target's marts equal DuckDB's: it must flag
a number off by more than 1e-9 (relative), a changed text or date, a missing row, and pass rows
that differ only in their order or in float noise below the tolerance."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import compare_targets as ct  # noqa: E402

COLUMNS = ["period_start", "channel", "kpi_value"]


def rows(*raw):
    return sorted((tuple(ct.normalize(v) for v in r) for r in raw), key=ct.sort_key)


def test_equal_rows_in_another_order_and_below_the_tolerance_pass() -> None:
    left = rows((dt.date(2025, 1, 1), "Email", Decimal("0.4000000000")), (dt.date(2025, 2, 1), "Email", 1234.5))
    right = rows((dt.date(2025, 2, 1), "Email", 1234.5 * (1 + 1e-12)), (dt.date(2025, 1, 1), "Email", Decimal("0.4")))
    assert ct.differences(COLUMNS, left, right) == []


def test_a_number_off_by_more_than_the_tolerance_is_flagged() -> None:
    left = rows((dt.date(2025, 1, 1), "Email", 3881.0))
    right = rows((dt.date(2025, 1, 1), "Email", 3881.0004))
    assert ct.differences(COLUMNS, left, right) == ["row 0: kpi_value: duckdb 3881.0, other 3881.0004"]


def test_a_changed_text_a_null_and_a_missing_row_are_flagged() -> None:
    left = rows((dt.date(2025, 1, 1), "Email", 1.0), (dt.date(2025, 1, 1), "Paid Search", None))
    assert ct.differences(
        COLUMNS, left, rows((dt.date(2025, 1, 1), "Email", 1.0), (dt.date(2025, 1, 1), "Paid Social", None))
    )
    assert ct.differences(
        COLUMNS, left, rows((dt.date(2025, 1, 1), "Email", 1.0), (dt.date(2025, 1, 1), "Paid Search", 0.0))
    )
    assert ct.differences(COLUMNS, left, rows((dt.date(2025, 1, 1), "Email", 1.0))) == ["row count: duckdb 2, other 1"]
