"""Names are data, never SQL; a broken download is one named rejection, never a traceback.

Export files and folders are named as an attacker (or an unlucky sync client) would name them:
quotes, semicolons, `$(…)`, backticks, a leading `-`, non-ASCII, and SQL that would write a file
if it were pasted into a DuckDB statement. Each is read (or rejected) under its real name, in every
format and on both readers (row by row, and DuckDB's bulk reader), and no file appears. The same
name through the dbt build is in test_real_exports.py (group A), through the scheduled runner in
test_run_scheduled.py and through the PostgreSQL load in test_postgres.py.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import duckdb
import pytest
from conftest import ROOT

INJECTION = "x' (format parquet); copy (select 'owned' as pwned) to 'PWNED_SQL.csv' (format csv); --"
NAMES = [
    INJECTION,
    'o\'brien "quoted"; $(touch PWNED_SHELL) `touch PWNED_TICK`',
    "-leading dash",
    "ünïcödé 台北 отчёт",
    "star* and [brackets] {x}?",
]
INVOICES = "id,Customer,Amount Due,Currency,Date (UTC)\n" + "".join(
    f"in_{n},cus_{n % 7},{100 + n}.50,usd,2026-10-{1 + n % 28:02d} 07:42\n" for n in range(40)
)


def parquet_bytes(tmp: Path) -> bytes:
    path = tmp / "source.parquet"
    con = duckdb.connect()
    con.execute(
        "copy (select 'in_' || i as id, 'cus_1' as Customer, 100.5 as \"Amount Due\", 'usd' as Currency, "
        "'2026-10-01 07:42' as \"Date (UTC)\" from range(40) t(i)) to ? (format parquet)",
        [str(path)],
    )
    return path.read_bytes()


def xlsx_bytes() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for line in INVOICES.splitlines():
        ws.append(line.split(","))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def land(exports: Path, landing: Path, cwd: Path, bulk: bool) -> dict:
    """The landing in its own process, run from `cwd` (where an injected COPY would write)."""
    code = (
        "import sys, json; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
        "from landing import pipeline; "
        "results, ignored, _ = pipeline.validate_folder(Path(sys.argv[2]), {}, Path(sys.argv[3]), "
        "bulk_min_bytes=int(sys.argv[4])); "
        "print(json.dumps([[r.file, r.status, r.data_rows, [f.message for f in r.findings]] for r in results]))"
    )
    run = subprocess.run([sys.executable, "-c", code, str(ROOT), str(exports), str(landing), "0" if bulk else str(1 << 62)],
                         cwd=cwd, capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    return {f: (status, rows, msgs) for f, status, rows, msgs in json.loads(run.stdout.splitlines()[-1])}


def pwned(*folders: Path) -> list[Path]:
    return [p for folder in (*folders, ROOT) for p in folder.rglob("PWNED*") if folder != ROOT or p.parent == ROOT]


@pytest.mark.parametrize("bulk", [False, True], ids=["row_reader", "bulk_reader"])
def test_hostile_file_and_folder_names_are_read_under_their_real_names(tmp_path: Path, bulk: bool) -> None:
    base = tmp_path / "o'brien; $(touch PWNED_DIR) `id` ünï"
    exports, landing = base / "exports", base / "landing"
    folder = exports / "stripe" / "invoices"
    folder.mkdir(parents=True)
    files = {}
    for n, name in enumerate(NAMES):
        rows = INVOICES.replace("in_", f"in{n}_")
        kinds = {
            ".csv": rows.encode(),
            ".csv.gz": gzip.compress(rows.encode()),
            ".parquet": parquet_bytes(tmp_path),
            ".xlsx": xlsx_bytes(),
        }
        suffix = list(kinds)[n % len(kinds)]
        files[f"stripe/invoices/{name}{suffix}"] = kinds[suffix]
    # a ZIP archive (as HubSpot sends a large export) whose member has a hostile name too
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(f"{INJECTION}.csv", INVOICES.replace("in_", "inz_"))
    files[f"stripe/invoices/{NAMES[1]}.zip"] = archive.getvalue()
    for rel, data in files.items():
        (exports / rel).write_bytes(data)
    results = land(exports, landing, cwd=base, bulk=bulk)
    expected = set(files) - {f"stripe/invoices/{NAMES[1]}.zip"} | {f"stripe/invoices/{NAMES[1]}.zip/{INJECTION}.csv"}
    assert set(results) == expected
    assert {status for status, _, _ in results.values()} == {"accepted"}, results
    assert all(rows == 40 for _, rows, _ in results.values())
    con = duckdb.connect()
    landed = sorted((landing / "stripe" / "invoices").glob("*.parquet"))
    sources = {
        r[0]
        for p in landed
        for r in con.execute("select distinct _source_file from read_parquet(?)", [str(p)]).fetchall()
    }
    assert sources == expected  # every row carries its export's real name
    assert not pwned(tmp_path, Path.cwd())


def test_a_name_that_is_a_file_pattern_reads_only_its_own_file(tmp_path: Path) -> None:
    """DuckDB reads a path with * as a pattern: 'a*.csv' must not read 'aXb.csv' too (double counting)."""
    folder = tmp_path / "exports" / "stripe" / "invoices"
    folder.mkdir(parents=True)
    (folder / "a*.csv").write_text(INVOICES, encoding="utf-8")
    (folder / "aX.csv").write_text(INVOICES.replace("in_", "other_"), encoding="utf-8")
    for bulk in (False, True):
        results = land(tmp_path / "exports", tmp_path / f"landing{bulk}", cwd=tmp_path, bulk=bulk)
        assert {f: rows for f, (_, rows, _) in results.items()} == {
            "stripe/invoices/a*.csv": 40,
            "stripe/invoices/aX.csv": 40,
        }


def test_a_landing_folder_that_is_a_file_pattern_is_refused(tmp_path: Path) -> None:
    from landing import cli

    (tmp_path / "exports").mkdir()
    assert cli.main(["--exports", str(tmp_path / "exports"), "--landing", str(tmp_path / "land[1]"),
                     "--report", str(tmp_path / "r")]) == 2  # fmt: skip


# -- corrupt files: each one named rejection, the others land ---------------------------------


def corrupt_files() -> dict[str, bytes]:
    whole = gzip.compress(INVOICES.encode())
    utf16 = ("id\tCustomer\tAmount Due\tDate (UTC)\nin_1\tcus_1\t10\t2026-10-01 07:42\n").encode("utf-16")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("part-1.csv", INVOICES)
    return {
        "truncated.csv.gz": whole[: len(whole) // 2],
        "odd_bytes.csv": utf16 + b"\n",  # UTF-16 with one byte too many: cut short
        "not_parquet.parquet": b"id,Customer\nin_1,cus_1\n",
        "not_excel.xlsx": b"PK\x03\x04 this is not a workbook",
        "broken.zip": archive.getvalue()[:40],
        "good.csv": INVOICES.encode(),
    }


@pytest.mark.parametrize("bulk", [False, True], ids=["row_reader", "bulk_reader"])
def test_each_corrupt_file_is_one_named_rejection(tmp_path: Path, bulk: bool) -> None:
    folder = tmp_path / "exports" / "stripe" / "invoices"
    folder.mkdir(parents=True)
    for name, data in corrupt_files().items():
        (folder / name).write_bytes(data)
    results = land(tmp_path / "exports", tmp_path / "landing", cwd=tmp_path, bulk=bulk)
    status = {f.rsplit("/", 1)[-1]: s for f, (s, _, _) in results.items()}
    assert status == {"truncated.csv.gz": "rejected", "odd_bytes.csv": "rejected", "not_parquet.parquet": "rejected",
                      "not_excel.xlsx": "rejected", "broken.zip": "rejected", "good.csv": "accepted"}  # fmt: skip
    why = {f.rsplit("/", 1)[-1]: " ".join(m) for f, (_, _, m) in results.items()}
    assert "cut short" in why["truncated.csv.gz"] or "broken" in why["truncated.csv.gz"]
    assert "cut short" in why["odd_bytes.csv"]
    assert "not a readable Parquet file" in why["not_parquet.parquet"]
    assert "not a readable Excel workbook" in why["not_excel.xlsx"]
    assert "not a readable ZIP archive" in why["broken.zip"]
    assert all("Traceback" not in m for m in why.values())


def test_the_build_script_says_what_happened_when_validation_cannot_run(tmp_path: Path) -> None:
    """The wrapper tells a rejection (exit 1) from validation failing to run (any other code)."""
    setup = (ROOT / "scripts" / "_setup.sh").read_text(encoding="utf-8")
    assert "Export validation rejected files" in setup and "export validation failed to run" in setup
    env = dict(os.environ, KPI_EXPORTS_DIR=str(tmp_path / "missing"))
    run = subprocess.run([sys.executable, "-m", "landing", "--landing", str(tmp_path / "l")], cwd=ROOT, env=env,
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 2 and "does not exist" in run.stderr and "Traceback" not in run.stderr


# -- the exports folder is a boundary -------------------------------------------------------------


def test_symlinks_outside_the_exports_folder_are_refused_inside_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    (outside / "invoices").mkdir(parents=True)
    (outside / "secret.csv").write_text(INVOICES, encoding="utf-8")
    (outside / "invoices" / "more.csv").write_text(INVOICES.replace("in_", "more_"), encoding="utf-8")
    exports = tmp_path / "exports"
    folder = exports / "stripe" / "invoices"
    folder.mkdir(parents=True)
    (folder / "real.csv").write_text(INVOICES, encoding="utf-8")
    (folder / "link_out.csv").symlink_to(outside / "secret.csv")
    (folder / "link_in.csv").symlink_to(folder / "real.csv")
    (exports / "stripe" / "subscriptions").symlink_to(outside / "invoices", target_is_directory=True)
    (folder / "dangling.csv").symlink_to(tmp_path / "nowhere.csv")
    results = land(exports, tmp_path / "landing", cwd=tmp_path, bulk=False)
    status = {f: s for f, (s, _, _) in results.items()}
    assert status == {
        "stripe/invoices/real.csv": "accepted",
        "stripe/invoices/link_in.csv": "accepted",  # inside the folder: followed, read under its own name
        "stripe/invoices/link_out.csv": "rejected",
        "stripe/invoices/dangling.csv": "rejected",
        "stripe/subscriptions": "rejected",  # a folder linked from outside: refused, not skipped
    }
    why = {f: " ".join(m) for f, (_, _, m) in results.items()}
    assert "outside the exports folder" in why["stripe/invoices/link_out.csv"]
    assert "outside the exports folder" in why["stripe/subscriptions"]
    landed = duckdb.connect().execute(
        "select count(*) from read_parquet(?)", [str(tmp_path / "landing" / "stripe" / "invoices" / "*.parquet")]
    )
    assert landed.fetchone()[0] == 80  # real.csv and the link to it; nothing from outside


# -- bounded memory: a bomb or a monster line is rejected in seconds, in bounded memory -----------


def land_measured(exports: Path, landing: Path, env: dict | None = None) -> tuple[dict, float, float]:
    """The landing in a child process: its results, wall seconds and peak RSS (MB)."""
    import time

    code = (
        "import sys, json, resource; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
        "from landing import pipeline; "
        "results, _, _ = pipeline.validate_folder(Path(sys.argv[2]), {}, Path(sys.argv[3])); "
        "print(json.dumps([[r.file, r.status, [f.message for f in r.findings]] for r in results])); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-c", code, str(ROOT), str(exports), str(landing)], capture_output=True,
                         text=True, env=dict(os.environ, **(env or {})))  # fmt: skip
    seconds = time.monotonic() - started
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.splitlines()
    results = {f: (s, m) for f, s, m in json.loads(lines[-2])}
    return results, seconds, float(lines[-1])


def test_a_gzip_bomb_is_rejected_in_bounded_memory(tmp_path: Path) -> None:
    folder = tmp_path / "exports" / "stripe" / "invoices"
    folder.mkdir(parents=True)
    block = ("in_1,cus_1,1.00,usd,2026-10-01 07:42\n" * 30_000).encode()
    with gzip.open(folder / "bomb.csv.gz", "wb", compresslevel=9) as fh:
        fh.write(b"id,Customer,Amount Due,Currency,Date (UTC)\n")
        for _ in range(300 * 1024 * 1024 // len(block)):  # 300 MB of text in about 1 MB
            fh.write(block)
    assert (folder / "bomb.csv.gz").stat().st_size < 3 * 1024 * 1024
    rejected_in_bounded_memory(tmp_path, "bomb.csv.gz", "decompression bomb")


def rejected_in_bounded_memory(tmp_path: Path, bad: str, why: str) -> None:
    """`bad` (in stripe/invoices beside a good export) is rejected with `why`, in seconds and well
    under the 2 GB a landing may take; the good export lands."""
    (tmp_path / "exports" / "stripe" / "invoices" / "good.csv").write_text(INVOICES, encoding="utf-8")
    results, seconds, rss = land_measured(tmp_path / "exports", tmp_path / "landing")
    assert results[f"stripe/invoices/{bad}"][0] == "rejected"
    assert why in " ".join(results[f"stripe/invoices/{bad}"][1])
    assert results["stripe/invoices/good.csv"][0] == "accepted"
    print(f"{bad}: rejected in {seconds:.1f} s, peak RSS {rss:.0f} MB")
    assert seconds < 60 and rss < 1024


def test_a_one_gigabyte_line_is_rejected_in_bounded_memory(tmp_path: Path) -> None:
    folder = tmp_path / "exports" / "stripe" / "invoices"
    folder.mkdir(parents=True)
    with open(folder / "monster.csv", "wb") as fh:
        fh.write(b"id,Customer,Amount Due,Currency,Date (UTC)\nin_1,")
        fh.truncate(1024**3)  # a 1 GB line (a sparse file: no disk written)
    rejected_in_bounded_memory(tmp_path, "monster.csv", "longer than")


# -- formula cells: neutralised in the files written for people, kept raw in the warehouse -----------


def test_formula_cells_are_escaped_in_the_quarantine_csv_and_kept_raw_in_the_landed_rows(tmp_path: Path) -> None:
    import csv

    from landing import cli

    folder = tmp_path / "exports" / "stripe" / "invoices"
    folder.mkdir(parents=True)
    rows = [
        "id,Customer,Amount Due,Currency,Date (UTC)",
        '"=HYPERLINK(""http://evil.example"",""click"")",cus_1,-5.00,usd,2026-10-01 07:42',  # negative: quarantined
        "@SUM(1+1),cus_2,10.00,usd,2026-10-01 07:42",  # accepted, raw in the landed rows
        "+cmd|' /C calc'!A0,cus_3,bad,usd,2026-10-01 07:42",  # unreadable amount: quarantined
    ]
    (folder / "invoices.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    code = cli.main(["--exports", str(tmp_path / "exports"), "--landing", str(tmp_path / "landing"),
                     "--report", str(tmp_path / "report"), "--quiet"])  # fmt: skip
    assert code == 0
    with open(tmp_path / "report" / "quarantine.csv", newline="", encoding="utf-8-sig") as fh:
        quarantined = list(csv.DictReader(fh))
    assert [r["line"] for r in quarantined] == ["2", "4"]
    assert all(r["row as exported"].startswith("id=") for r in quarantined)
    cells = [c for r in quarantined for c in r.values()]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]  # nothing a spreadsheet runs
    assert "quarantine.csv" in (tmp_path / "report" / "validation_report.html").read_text(encoding="utf-8")
    ids = {r[0] for r in duckdb.connect().execute(
        "select invoice_id from read_parquet(?)", [str(tmp_path / "landing" / "stripe" / "invoices" / "invoices.parquet")]
    ).fetchall()}  # fmt: skip
    assert "@SUM(1+1)" in ids and '=HYPERLINK("http://evil.example","click")' in ids  # the warehouse keeps the text


def test_spreadsheet_safe_follows_owasp() -> None:
    from landing.report import spreadsheet_safe

    assert [spreadsheet_safe(v) for v in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "ok", None, 5)] == [
        "'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", "ok", "", "5"]  # fmt: skip
