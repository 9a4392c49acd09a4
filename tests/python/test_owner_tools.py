"""What an owner meets before the first build: `python -m landing --init` lays out the exports folder
with a note per table naming the report to download, and the notes are never read as exports;
`./scripts/build` shows dbt's progress as counts instead of 1,500 lines, keeping every warning,
failure and dbt's summary (scripts/dbt_progress.py)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

from landing.rulebook import LAYOUTS


def test_init_writes_a_note_per_table_and_the_notes_are_not_exports(tmp_path) -> None:
    folder = tmp_path / "my exports"
    run = subprocess.run([sys.executable, "-m", "landing", "--init", str(folder)], cwd=ROOT, capture_output=True,
                         text=True)  # fmt: skip
    assert run.returncode == 0, run.stderr
    notes = sorted(p.relative_to(folder).parent.as_posix() for p in folder.rglob("README.txt"))
    assert notes == sorted(LAYOUTS)
    google = (folder / "google_ads" / "campaign_report" / "README.txt").read_text(encoding="utf-8")
    assert "Google Ads > Campaigns" in google and "Campaign, Impr., Cost" in google
    (folder / "hubspot" / "contacts" / "README.txt").write_text("my own words", encoding="utf-8")
    again = subprocess.run([sys.executable, "-m", "landing", "--init", str(folder)], cwd=ROOT, capture_output=True,
                           text=True)  # fmt: skip
    assert "0 folder notes written" in again.stdout
    assert (folder / "hubspot" / "contacts" / "README.txt").read_text(encoding="utf-8") == "my own words"
    check = subprocess.run(
        [sys.executable, "-m", "landing", "--exports", str(folder), "--landing", str(tmp_path / "landing"),
         "--report", str(tmp_path / "report")], cwd=ROOT, capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    assert "0 files, 0 accepted, 0 rejected" in check.stdout
    assert check.stdout.count("IGNORED:") == len(LAYOUTS)


def test_dbt_progress_counts_nodes_and_keeps_what_did_not_pass() -> None:
    lines = [
        "00:01:00  Running with dbt=1.11.16",
        *(f"00:01:0{i % 10}  {i} of 20 START sql table model main.m{i} ..... [RUN]" for i in range(1, 21)),
        *(
            f"00:01:0{i % 10}  {i} of 20 OK created sql table model main.m{i} ..... [\x1b[32mOK\x1b[0m in 0.1s]"
            for i in range(1, 18)
        ),  # fmt: skip
        "00:01:09  18 of 20 WARN 3 not_null_kpi_x ..... [\x1b[33mWARN 3\x1b[0m in 0.1s]",
        "00:01:09  19 of 20 FAIL 1 assert_ratio ..... [FAIL 1 in 0.1s]",
        "00:01:09  20 of 20 SKIP relation main.m20 ..... [SKIP]",
        "00:01:09  1 of 1 START hook: kpi_warehouse.on-run-end.0 ..... [RUN]",
        "00:01:09  1 of 1 OK hook: kpi_warehouse.on-run-end.0 ..... [OK in 0.0s]",
        "00:01:10  Finished running 20 table models in 0 hours 0 minutes and 10.00 seconds (10.00s).",
        "00:01:10  Failure in test assert_ratio (tests/assert_ratio.sql)",
        "00:01:10  Done. PASS=17 WARN=1 ERROR=1 SKIP=1 TOTAL=20",
    ]
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "dbt_progress.py")], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "START" not in out and " OK created" not in out and "\x1b" not in out
    for kept in ("Running with dbt", "18 of 20 WARN 3 not_null_kpi_x", "19 of 20 FAIL 1 assert_ratio",
                 "20 of 20 SKIP relation", "Failure in test assert_ratio", "Done. PASS=17 WARN=1 ERROR=1"):  # fmt: skip
        assert kept in out, kept
    assert "dbt: 20/20 nodes done (1 fail, 17 ok, 1 skip, 1 warn)" in out
    assert "/1 nodes" not in out  # the hook's "1 of 1" is not the run's count
    assert len(out.splitlines()) < 25
