"""scripts/build_state.py decides what the next build does: a full refresh when the model code
changed or the warehouse is new, else (with --changed-only) only the landed tables whose files
changed since the recorded build and everything downstream, or nothing."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import duckdb
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import build_state  # noqa: E402


def landing_with(tmp: Path, tables: dict[str, int]) -> Path:
    landing = tmp / "landing"
    for table, rows in tables.items():
        folder = landing / table
        folder.mkdir(parents=True, exist_ok=True)
        duckdb.sql(f"copy (select range as n from range({rows})) to '{folder / 'export.parquet'}' (format parquet)")
    (landing / "_meta").mkdir(exist_ok=True)
    (landing / "_meta" / "ledger.json").write_text("{}", encoding="utf-8")
    return landing


def test_full_refresh_then_only_what_changed_then_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("KPI_FULL_REFRESH", raising=False)
    db = tmp_path / "kpi.duckdb"
    landing = landing_with(tmp_path, {"google_ads/campaign_report": 3, "hubspot/contacts": 5})
    assert build_state.build_flags(db, changed_only=True, landing=landing) == ["--full-refresh"]  # new warehouse
    duckdb.connect(str(db)).close()
    build_state.record(db, landing)
    assert build_state.build_flags(db, changed_only=True, landing=landing) == [build_state.NOTHING]
    assert build_state.build_flags(db, changed_only=False, landing=landing) == []  # everything, incrementally

    target = landing / "google_ads" / "campaign_report" / "export.parquet"
    duckdb.sql(f"copy (select range as n from range(4)) to '{target}' (format parquet)")  # re-landed
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 1_000_000))
    (landing / "stripe" / "invoices").mkdir(parents=True)  # a new table
    duckdb.sql(f"copy (select 1 as n) to '{landing / 'stripe' / 'invoices' / 'x.parquet'}' (format parquet)")
    assert build_state.build_flags(db, changed_only=True, landing=landing) == [
        "--select", "source:google_ads.campaign_report+", "source:stripe.invoices+",
        *build_state.NO_UNIT_TESTS]  # fmt: skip

    monkeypatch.setenv("KPI_FULL_REFRESH", "1")
    assert build_state.build_flags(db, changed_only=True, landing=landing) == ["--full-refresh"]


def warehouse_recorded_with(tmp_path: Path, monkeypatch, column: str, value: object) -> tuple[Path, Path]:
    """A recorded build whose record then says `column` was `value` (an older day, older code)."""
    monkeypatch.delenv("KPI_FULL_REFRESH", raising=False)
    db = tmp_path / "kpi.duckdb"
    landing = landing_with(tmp_path, {"ga4/traffic_acquisition": 2})
    build_state.record(db, landing)
    con = duckdb.connect(str(db))
    con.execute(f"update build_state set {column} = ?", [value])
    con.close()
    return db, landing


def test_a_new_day_rebuilds_the_calendar_models(tmp_path: Path, monkeypatch) -> None:
    db, landing = warehouse_recorded_with(tmp_path, monkeypatch, "built_at", dt.datetime(2020, 1, 1))
    assert build_state.build_flags(db, changed_only=True, landing=landing) == [
        "--select", "int_calendar__days+", "int_calendar__months+",
        *build_state.NO_UNIT_TESTS]  # fmt: skip


def test_a_changed_dbt_test_means_every_test_runs(tmp_path: Path, monkeypatch) -> None:
    db, landing = warehouse_recorded_with(tmp_path, monkeypatch, "test_sha256", "older tests")
    assert build_state.build_flags(db, changed_only=True, landing=landing) == []  # everything, incrementally


def test_changed_model_code_means_a_full_refresh(tmp_path: Path, monkeypatch) -> None:
    db, landing = warehouse_recorded_with(tmp_path, monkeypatch, "code_sha256", "older code")
    assert build_state.build_flags(db, changed_only=True, landing=landing) == ["--full-refresh"]


def test_the_test_fingerprint_covers_singular_tests_in_subfolders(tmp_path: Path) -> None:
    """A changed dbt test means every test runs: that holds for a singular test in a subfolder of
    tests/ (tests/attribution/) too, and not for the Python tests beside them."""
    for rel, text in {"tests/generic/g.sql": "g", "tests/top.sql": "t", "tests/attribution/a.sql": "a",
                      "tests/python/test_x.py": "p"}.items():  # fmt: skip
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    before = build_state.test_fingerprint(tmp_path)
    for rel, changes in (("tests/attribution/a.sql", True), ("tests/top.sql", True), ("tests/generic/g.sql", True),
                         ("tests/python/test_x.py", False)):  # fmt: skip
        (tmp_path / rel).write_text("changed", encoding="utf-8")
        after = build_state.test_fingerprint(tmp_path)
        assert (after != before) is changes, rel
        before = after


def test_one_build_sequence_for_the_scripts_and_the_runner(tmp_path: Path, monkeypatch) -> None:
    """build_state.build is the build sequence of ./scripts/build, ./scripts/test and the scheduled
    runner: it says what it does, stops when nothing landed, forgets the record before dbt runs and
    records the build only when dbt succeeded, with KPI_DBT_VARS given to dbt. Neither caller
    decides, forgets or records itself (their code is read: a second statement would drift)."""
    monkeypatch.delenv("KPI_FULL_REFRESH", raising=False)
    monkeypatch.setenv("KPI_DBT_VARS", "{lookback_days: 5}")
    db = tmp_path / "kpi.duckdb"
    landing = landing_with(tmp_path, {"google_ads/campaign_report": 3})
    calls, said = [], []

    def dbt(code):
        def run(argv):
            calls.append(argv)
            assert build_state.recorded(db) is None  # forgotten while dbt runs
            duckdb.connect(str(db)).close()
            return code

        return run

    flags, code = build_state.build(db, True, landing, ["--target-path", "t"], dbt(1), said.append)
    assert (flags, code) == (["--full-refresh"], 1) and build_state.recorded(db) is None  # failed: no record
    assert calls[-1][1:] == ["build", "--full-refresh", "--vars", "{lookback_days: 5}", "--target-path", "t"]
    assert said == [build_state.describe(["--full-refresh"])]
    flags, code = build_state.build(db, True, landing, [], dbt(0), said.append)
    assert (flags, code) == (["--full-refresh"], 0) and build_state.recorded(db) is not None
    flags, code = build_state.build(db, True, landing, [], dbt(0), said.append)
    assert (flags, code, len(calls)) == ([build_state.NOTHING], 0, 2)  # nothing landed: dbt not run
    assert said[-1].startswith("nothing landed since the last build")

    setup = (ROOT / "scripts" / "_setup.sh").read_text(encoding="utf-8")
    runner = (ROOT / "scripts" / "run_scheduled.py").read_text(encoding="utf-8")
    assert "scripts/build_state.py build" in setup and "build_state.build(" in runner
    for text in (setup, runner):
        for own in ("build_flags(", "build_state.py flags", "build_state.forget(", "build_state.record(",
                    "build_state.py record"):  # fmt: skip
            assert own not in text, own
    assert '"build", "--target-path"' not in runner and "dbt build $flags" not in setup
