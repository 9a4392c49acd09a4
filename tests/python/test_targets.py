"""KPI targets as people write them (landing/targets.py): the report's names and percentages are
read into the seed's stored units, each with the expected value worked out by hand here; every
mistake stops the validation step naming the file, the line and the fix; the shipped file lists
every KPI and is exactly what the tracked seed was made from."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ROOT

from landing import targets

HEADER = "kpi,grain,period,channel,target,goal_start,goal_deadline,baseline\n"


def read(tmp_path: Path, body: str, currency: str = "USD") -> list[dict[str, str]]:
    path = tmp_path / "kpi_targets.csv"
    path.write_text("# my targets\n" + HEADER + body, encoding="utf-8")
    return targets.read_targets(path, currency)


@pytest.mark.parametrize(
    ("line", "kpi", "value"),
    [
        ("Click-through rate (CTR),month,,,1.5 %", "ctr", Decimal("0.015")),
        ("ctr,month,,,1.5%", "ctr", Decimal("0.015")),
        ("  click-THROUGH rate   (ctr) ,month,,,0.015", "ctr", Decimal("0.015")),
        ("CTR (кликабельность),month,,,2 %", "ctr", Decimal("0.02")),  # the registry's Russian name
        ('Customer acquisition cost (CAC),month,,,"$6,000"', "cac", Decimal("6000")),
        ("cac,month,,,6000 USD", "cac", Decimal("6000")),
        ("cac,month,,,USD 5999.50", "cac", Decimal("5999.5")),
        ("New leads,,,,150", "new_leads", Decimal("150")),
        ("Marketing ROI,month,,,250 %", "marketing_roi", Decimal("2.5")),  # may exceed 100 %
        ("Net Promoter Score (NPS),quarter,,,-5", "nps", Decimal("-5")),
    ],
)
def test_values_and_names_as_the_report_shows_them(tmp_path, line, kpi, value) -> None:
    (row,) = read(tmp_path, line + ",,,\n")
    assert row["kpi_name"] == kpi
    assert Decimal(row["target_value"]) == value
    assert row["period_grain"] in ("month", "quarter")


def test_periods_channels_and_goals(tmp_path) -> None:
    rows = read(
        tmp_path,
        "Lead to MQL rate,month,,Paid Search,45 %,,,\n"
        "Marketing qualified leads (MQL),month,2026-10,,70,,,\n"
        'Unique visitors (UV),month,,,"11,000",2026-05,2026-10,"9,298"\n',
    )
    assert [
        (r["channel"], r["period_start"], r["goal_start"], r["goal_deadline"], r["baseline_value"]) for r in rows
    ] == [
        ("Paid Search", "", "", "", ""),
        ("", "2026-10-01", "", "", ""),
        ("", "", "2026-05-01", "2026-10-01", "9298"),
    ]


@pytest.mark.parametrize(
    ("line", "says"),
    [
        (
            "Clickthrough rate (CTR),month,,,1.5 %",
            ["line 3", "unknown KPI 'Clickthrough rate (CTR)'", "Click-through rate (CTR)"],
        ),
        ("ctr,month,,,1.5", ["line 3", "1.5 %", "0.015"]),
        ("ctr,month,,,abc", ["line 3", "not a number"]),
        ("cac,month,,,6000 EUR", ["line 3", "reporting currency USD"]),
        ("cac,month,,,60 %", ["line 3", "% sign"]),
        ("ctr,week,,,1 %", ["line 3", "month or quarter"]),
        ("ctr,month,,Paid Serch,1 %", ["line 3", "'Paid Serch'", "Paid Search"]),
        ("ctr,month,2026-10-15,,1 %", ["line 3", "2026-10"]),
        ("ctr,month,,,", ["line 3", "no target"]),
        ("unique_visitors,month,,,11000,2026-05,,9298", ["line 3", "SMART goal needs"]),
        ("unique_visitors,month,,,11000,2026-10,2026-05,9298", ["line 3", "before goal_start"]),
    ],
)
def test_a_mistake_names_the_file_line_and_fix(tmp_path, line, says) -> None:
    with pytest.raises(targets.TargetsError) as err:
        read(tmp_path, line + ",,,\n" if line.count(",") < 7 else line + "\n")
    for part in [str(tmp_path / "kpi_targets.csv"), *says]:
        assert part in str(err.value), (part, str(err.value))


def test_the_same_target_twice_names_both_lines(tmp_path) -> None:
    with pytest.raises(targets.TargetsError, match="line 4: the same target as line 3"):
        read(tmp_path, "ctr,month,,,1 %,,,\nClick-through rate (CTR),,,,2 %,,,\n")


def test_the_shipped_file_lists_every_kpi_and_made_the_tracked_seed(tmp_path) -> None:
    assert targets.unused(targets.USER_DEFAULT) == []
    seed = tmp_path / "seed.csv"
    assert targets.write_seed("USD", targets.USER_DEFAULT, seed) == 14
    assert seed.read_text(encoding="utf-8") == targets.SEED.read_text(encoding="utf-8")


def test_the_validation_step_stops_on_a_bad_targets_file(tmp_path) -> None:
    bad = tmp_path / "targets.csv"
    bad.write_text(HEADER + "New leads,month,,,150,,,\nClick rate,month,,,1.5 %,,,\n", encoding="utf-8")
    before = targets.SEED.read_bytes()
    run = subprocess.run(
        [sys.executable, "-m", "landing", "--landing", str(tmp_path / "landing"), "--report", str(tmp_path / "r"),
         "--quiet"],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "KPI_TARGETS_FILE": str(bad)},
    )  # fmt: skip
    assert run.returncode == 2
    assert f"{bad}, line 3: unknown KPI 'Click rate'" in run.stderr
    assert targets.SEED.read_bytes() == before and not (tmp_path / "landing").exists()
