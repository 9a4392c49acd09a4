"""Compares Excel readers on one workbook the way the landing uses them: every cell of every row,
streamed, as Python values. Writes a workbook of --rows rows (HubSpot-deals-like: ids, text,
amounts, dates) with openpyxl, then times each reader (best of --repeat) and its peak RSS.

    .venv/bin/python scripts/benchmark_excel_readers.py --rows 100000

The figures are in DECISIONLOG.md ("Excel: python-calamine"). Readers missing from the venv are
skipped (only python-calamine is a requirement; openpyxl and fastexcel are installed by hand to
compare)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READERS = {
    "python-calamine": """
from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(PATH)
n = 0
for row in wb.get_sheet_by_index(0).iter_rows():
    n += len(row)
""",
    "openpyxl (read_only)": """
import openpyxl
wb = openpyxl.load_workbook(PATH, read_only=True, data_only=True)
n = 0
for row in wb.worksheets[0].iter_rows(values_only=True):
    n += len(row)
""",
    "fastexcel (Arrow, no Python values)": """
import fastexcel
sheet = fastexcel.read_excel(PATH).load_sheet(0, header_row=None)
n = sheet.height * sheet.width
""",
}


def write_workbook(path: Path, rows: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("deals")
    ws.append(["Record ID", "Deal Name", "Deal Stage", "Amount", "Create Date", "Close Date", "Pipeline", "Deal owner"])
    start = dt.datetime(2025, 1, 1, 9, 30)
    for i in range(rows):
        ws.append([str(10_000_000 + i), f"Deal {i} – renewal", "Closed Won" if i % 3 else "Appointment Scheduled",
                   round(1000 + i * 1.37, 2), start + dt.timedelta(hours=i), start + dt.timedelta(days=30, hours=i),
                   "Sales Pipeline", f"Owner {i % 17}"])  # fmt: skip
    wb.save(path)


def run(reader: str, path: Path) -> dict | None:
    code = READERS[reader].replace("PATH", repr(str(path)))
    probe = (
        "import resource, time, json\nt = time.perf_counter()\n" + code
        + "\nprint(json.dumps({'s': time.perf_counter() - t, 'cells': n, "
        "'rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))"
    )  # fmt: skip
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}"}
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "deals.xlsx"
        t = time.perf_counter()
        write_workbook(path, args.rows)
        print(f"workbook: {args.rows:,} rows x 8 columns, {path.stat().st_size / 1e6:.1f} MB, written in "
              f"{time.perf_counter() - t:.1f} s")  # fmt: skip
        for reader in READERS:
            runs = [run(reader, path) for _ in range(args.repeat)]
            ok = [r for r in runs if r and "error" not in r]
            if not ok:
                print(f"{reader:22s} not available: {runs[0].get('error') if runs and runs[0] else '?'}")
                continue
            best = min(ok, key=lambda r: r["s"])
            print(f"{reader:22s} {best['s']:6.2f} s (best of {len(ok)}), peak RSS {best['rss_mb']:,.0f} MB, "
                  f"{best['cells']:,} cells")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
