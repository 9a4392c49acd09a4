"""The landing ledger: an unchanged export is not read again, and a landing kept up to date run by
run (files changed, removed, added) ends exactly where landing the same folder afresh ends: the same
Parquet files with the same rows, the same findings, the same quarantine."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
from conftest import ROOT
from test_bulk_landing import different_rows, outcome

from landing import checks, ledger, pipeline, settings  # noqa: E402
from landing.ledger import Ledger  # noqa: E402

GROUP_A = ROOT / "tests" / "real_exports" / "group_a"
INVOICES = "stripe/invoices/invoices.csv"
SURVEY = "surveys/nps_responses/responses.csv"
GOOGLE = "google_ads/campaign_report/Campaign report.csv"


def land(exports: Path, landing: Path, **kwargs):
    results, _, _ = pipeline.validate_folder(exports, {}, landing, **kwargs)
    return results


def parquet_files(landing: Path) -> dict[str, Path]:
    return {p.relative_to(landing).as_posix(): p for p in sorted(landing.rglob("*.parquet"))}


def test_unchanged_exports_are_not_read_again(tmp_path: Path, monkeypatch) -> None:
    exports = tmp_path / "exports"
    shutil.copytree(GROUP_A, exports)
    first = land(exports, tmp_path / "landing")
    assert {r.landing for r in first} == {"new"}
    assert sum(r.quarantined_rows for r in first) == 1  # the won deal closed in 2027
    stamps = {k: p.stat().st_mtime_ns for k, p in parquet_files(tmp_path / "landing").items()}

    def no_reading(*_args, **_kwargs):
        raise AssertionError("an unchanged export was read again")

    monkeypatch.setattr(pipeline, "read_export", no_reading)
    monkeypatch.setattr(checks, "check_table", no_reading)
    monkeypatch.setattr(ledger, "file_sha256", no_reading)  # not even hashed: stat says unchanged
    second = land(exports, tmp_path / "landing")
    assert {r.landing for r in second} == {"unchanged"}
    assert outcome(second) == outcome(first)  # findings and quarantine kept from the ledger
    assert {k: p.stat().st_mtime_ns for k, p in parquet_files(tmp_path / "landing").items()} == stamps


def test_landing_kept_up_to_date_equals_landing_afresh(tmp_path: Path) -> None:
    exports, kept, fresh = tmp_path / "exports", tmp_path / "kept", tmp_path / "fresh"
    shutil.copytree(GROUP_A, exports)
    land(exports, kept)
    # the next day: one export re-downloaded with a row less, one deleted, one new (overlapping rows)
    lines = (exports / INVOICES).read_text(encoding="utf-8").splitlines(keepends=True)
    (exports / INVOICES).write_text("".join(lines[:-1]), encoding="utf-8")
    (exports / SURVEY).unlink()
    shutil.copy(exports / GOOGLE, exports / GOOGLE.replace("Campaign report", "Campaign report (1)"))
    again = land(exports, kept)
    state = {r.file: r.landing for r in again}
    assert state[INVOICES] == "changed"
    assert state[GOOGLE.replace("Campaign report", "Campaign report (1)")] == "new"
    assert SURVEY not in state
    assert sorted(k for k, v in state.items() if v == "unchanged") == sorted(
        set(state) - {INVOICES, GOOGLE.replace("Campaign report", "Campaign report (1)")}
    )
    afresh = land(exports, fresh)
    assert outcome(again) == outcome(afresh)
    assert any("also in" in f.message for r in afresh for f in r.findings if r.table == "google_ads/campaign_report")
    ours, theirs = parquet_files(kept), parquet_files(fresh)
    assert sorted(ours) == sorted(theirs)
    assert "surveys/nps_responses/_no_exports.parquet" in ours  # the deleted export's rows are gone
    con = duckdb.connect()
    for name, path in ours.items():
        assert different_rows(con, path, theirs[name]) == 0, name


def test_a_change_of_rules_lands_everything_again(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    shutil.copytree(GROUP_A, exports)
    land(exports, tmp_path / "landing")
    ledger_file = tmp_path / "landing" / "_meta" / "ledger.json"
    assert Ledger.load(tmp_path / "landing", "other rules")[1] is False
    other = settings.load_settings(["meta_ads=TWD"])  # another account currency: other facts
    again = land(exports, tmp_path / "landing", settings=other)
    assert {r.landing for r in again} == {"new"}
    assert ledger_file.exists()
    full = land(exports, tmp_path / "landing", settings=other, full=True)
    assert {r.landing for r in full} == {"new"}


def test_a_touched_file_with_the_same_bytes_lands_again(tmp_path: Path) -> None:
    """mtime is what source freshness reads (_exported_at), so a re-download of the same bytes is landed
    again; its rows are the same."""
    exports = tmp_path / "exports"
    shutil.copytree(GROUP_A, exports)
    land(exports, tmp_path / "landing")
    stat = (exports / INVOICES).stat()
    os.utime(exports / INVOICES, ns=(stat.st_atime_ns, stat.st_mtime_ns + 86_400 * 10**9))
    again = {r.file: r.landing for r in land(exports, tmp_path / "landing")}
    assert again[INVOICES] == "changed"
    assert sum(v == "unchanged" for v in again.values()) == len(again) - 1


def test_new_bytes_behind_the_same_size_and_mtime_land_again(tmp_path: Path) -> None:
    """A tool that writes other bytes of the same size and sets the old mtime back (cp -p, an unzip)
    cannot set the status-change time back: the file is hashed, found changed and landed again."""
    exports = tmp_path / "exports"
    shutil.copytree(GROUP_A, exports)
    land(exports, tmp_path / "landing")
    path = exports / INVOICES
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    assert "120.00" in text
    path.write_text(text.replace("120.00", "121.00", 1), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    again = {r.file: r.landing for r in land(exports, tmp_path / "landing")}
    assert again[INVOICES] == "changed"
    assert sum(v == "unchanged" for v in again.values()) == len(again) - 1
