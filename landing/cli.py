"""Validate a folder of raw exports before the build, and land the accepted files for dbt.

    python -m landing [--exports DIR] [--landing DIR] [--report DIR]
                      [--encoding source/table=cp1251 ...] [--account-currency source=TWD ...]
    python -m landing --init DIR   # an exports folder's skeleton: a note in each table's folder
    (scripts/validate_exports.py is the same command)

See landing/__init__.py for what happens to each file. Exit code: 0 when no file is rejected, 1
otherwise, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from landing.aliases import ROOT, AliasError
from landing.sql import GLOB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--exports", type=Path, default=Path(os.environ.get("KPI_EXPORTS_DIR", ROOT / "seeds" / "demo_exports"))
    )
    parser.add_argument("--landing", type=Path, help="land accepted files (and placeholders) here for dbt to read")
    parser.add_argument("--report", type=Path, default=ROOT / "warehouse" / "validation")
    parser.add_argument("--encoding", action="append", default=[], help="<source>/<table>=<encoding>, repeatable")
    parser.add_argument("--account-currency", action="append", default=[], help="<source>=<ISO>, repeatable")
    parser.add_argument("--quiet", action="store_true", help="print only rejections and the summary line")
    parser.add_argument("--progress", action="store_true", help="with --quiet, still print the landing's progress")
    parser.add_argument("--vars", help="what dbt's --vars gets (a YAML mapping), read as KPI_DBT_VARS is")
    parser.add_argument("--init", type=Path, metavar="DIR",
                        help="create an exports folder skeleton: each table's folder with a note naming the report "
                             "to download there (landing/downloads.py); nothing else")  # fmt: skip
    parser.add_argument("--full", action="store_true",
                        help="land every file afresh, ignoring the landing folder's ledger of unchanged files")  # fmt: skip
    args = parser.parse_args(argv)
    if args.vars is not None:
        os.environ["KPI_DBT_VARS"] = args.vars
    if args.init:
        from landing.downloads import init

        written = init(args.init)
        print(f"validate_exports: {args.init}: {len(written)} folder notes written (README.txt in each table's folder); "
              f"put each table's exports beside its note, then run KPI_EXPORTS_DIR={args.init} ./scripts/build")  # fmt: skip
        return 0
    if not args.exports.is_dir():
        print(f"validate_exports: exports folder {args.exports} does not exist", file=sys.stderr)
        return 2
    if args.landing and GLOB & set(str(args.landing.resolve())):
        print(f"validate_exports: the landing folder {args.landing} has one of the characters * ? [ ] {{ }} in its "
              "path, which DuckDB and Spark read as a file pattern: choose another (KPI_LANDING_DIR)", file=sys.stderr)  # fmt: skip
        return 2
    try:
        from landing.rulebook import LAYOUTS  # noqa: F401 - reads the header aliases (the user's too)
    except AliasError as err:
        print(f"validate_exports: {err}", file=sys.stderr)
        return 2
    from landing.pipeline import validate_folder
    from landing.report import DATA_DOCS, unavailable_kpis, write_report
    from landing.settings import load_settings, parse_encodings
    from landing.targets import TargetsError, targets_path, write_seed

    encodings = parse_encodings(args.encoding)
    settings = load_settings(args.account_currency)
    try:
        targets = write_seed(settings.reporting_currency)
    except TargetsError as err:
        print(f"validate_exports: KPI targets: {err}", file=sys.stderr)
        return 2
    if targets is not None and not args.quiet:
        print(f"validate_exports: {targets} KPI targets from {targets_path()}")
    print(f"validate_exports: checking {args.exports} …", flush=True)
    results, ignored, rows = validate_folder(
        args.exports, encodings, args.landing, settings, progress=args.progress or not args.quiet, full=args.full,
        quarantine_csv=args.report / "quarantine.csv", data_docs=args.report / DATA_DOCS,
    )  # fmt: skip
    kpis = unavailable_kpis(rows)
    summary = write_report(results, ignored, kpis, args.report)
    for r in results:
        for f in r.findings:
            if f.severity == "reject" or (not args.quiet and f.severity in ("warning", "info")):
                print(f.text())
    if not args.quiet:
        for item in ignored:
            print(f"IGNORED: {item}")
    for table, items in sorted(kpis.items()):
        for item in items:
            print(f"KPI UNAVAILABLE: {table}: {item}")
    empty = [key for key in LAYOUTS if not any(r.table == key and r.status == "accepted" for r in results)]
    if empty:
        print(f"NOTE: no accepted export for {len(empty)} table(s), empty in this build: {', '.join(empty)}")
    print(
        f"validate_exports: {summary['files']} files, {summary['accepted']} accepted, {summary['rejected']} rejected, "
        f"{summary['quarantined_rows']} rows to quarantine ({summary['unchanged']} unchanged since the last landing, "
        f"not read again). Report: {args.report / 'validation_report.html'}"
    )
    return 1 if summary["rejected"] else 0


if __name__ == "__main__":
    sys.exit(main())
