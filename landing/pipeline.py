"""Landing a folder of exports: every file found, opened, read, checked and landed (new and changed
ones on several workers), then each table's checks; the ledger keeps what is unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import time
from concurrent.futures import as_completed
from dataclasses import asdict
from pathlib import Path

from landing.bulk import BULK_MIN_BYTES, BulkFallback, bulk_header, land_bulk, scan_csv
from landing.checks import check_tables
from landing.discover import discover
from landing.header import PreambleOnly, Rejected, Tokenized, file_account, header_currency, preamble_period, tokenize
from landing.ledger import FileStamp, Ledger, rules_fingerprint
from landing.opening import decode, read_bytes, read_parquet
from landing.report import availability
from landing.results import FileResult
from landing.rulebook import Layout
from landing.settings import ROOT, Settings, duckdb_config, load_settings
from landing.workers import cursor_pool, landing_workers
from landing.write import land_file, tidy_landing


def read_file(
    path: Path, name: str, layout: Layout, declared: str | None, bulk: bool = False
) -> tuple[FileResult, Tokenized | None]:
    """Decode and tokenize one export; file-level findings. None when it is rejected. With bulk,
    only the header is read here: land_bulk tokenizes the rows (and describe_file runs after it)."""
    result = FileResult(file=name, table=layout.name)
    try:
        if path.name.endswith(".parquet"):
            tok = read_parquet(path, layout)
        elif bulk and path.suffix == ".csv" and (tok := scan_csv(path, layout)):
            pass  # a plain CSV file DuckDB reads as it is: never held in memory here
        else:
            data = read_bytes(path)
            if not data.strip():
                raise Rejected("empty file (0 bytes of content)")
            text, encoding = decode(data, declared, layout.name)
            del data
            tok = bulk_header(text, layout, encoding, path) if bulk else None
            tok = tok or tokenize(text, layout, encoding)
    except PreambleOnly:
        result.add("warning", "no data rows (the report has only its preamble: an empty export)")
        result.encoding = "utf-16" if path.name.endswith(".csv") and read_bytes(path)[:2] == b"\xff\xfe" else None
        return result, None
    except Rejected as err:
        result.add("reject", err.message, line=err.line, column=err.column)
        return result, None
    result.encoding, result.delimiter, result.header = tok.encoding, tok.delimiter, tok.header
    result.columns = {name: tok.header[i] for name, i in tok.mapping.items()}
    if tok.bulk is None:
        describe_file(result, tok, layout)
    return result, tok


def describe_file(result: FileResult, tok: Tokenized, layout: Layout) -> None:
    """Info and warnings about how the file was read: conversions, columns, layout rows."""
    if tok.encoding not in ("utf-8", "utf-8-sig", "parquet"):
        result.add("info", f"encoding {tok.encoding}: read and landed as Parquet")
    if tok.delimiter and tok.delimiter != ",":
        result.add("info", f"delimiter {tok.delimiter!r}: read as such (Excel / LinkedIn tab-separated text)")
    used = set(tok.mapping.values())
    extra = [h for i, h in enumerate(tok.header) if i not in used and h]
    if extra:
        result.add("info", f"new column(s) not used by the warehouse (ignored): {extra}")
    missing = [c for c in layout.columns if c.name not in tok.mapping and c.feeds]
    if missing:
        result.add("info", f"optional column(s) not in this export (NULL in staging; see the KPIs unavailable): "
                   f"{[c.headers[0] for c in missing]}")  # fmt: skip
    if tok.counted:
        result.data_rows, result.layout_rows = tok.counted
    else:
        result.data_rows = sum(1 for _, _, is_layout in tok.rows if not is_layout)
        result.layout_rows = len(tok.rows) - result.data_rows
    if not result.data_rows:
        result.add("warning", "no data rows (header only)")


def file_facts(result: FileResult, tok: Tokenized, layout: Layout, settings: Settings, loaded_at: str) -> dict:
    """What the landed rows take from outside the rows: period, currency, account, lineage."""
    start, end = preamble_period(tok.preamble) if layout.period_from_preamble else (None, None)
    date_columns = {"ad_date"} if layout.source.endswith("_ads") else set()
    if layout.period_from_preamble and not (date_columns & set(tok.mapping)) and not start:
        if layout.name == "ga4/traffic_acquisition" or date_columns:
            result.add(
                "reject",
                "the rows have no date column and the preamble no report period (e.g. "
                '"November 1, 2024 - November 30, 2024" or "# Start date: 20241101"): segment the report by '
                "Day, or download it with its preamble",
                line=1,
            )
    has_currency = "currency_raw" in tok.mapping or bool(header_currency(tok.header, layout))
    account = settings.account_currencies.get(layout.source, settings.reporting_currency)
    if layout.currency and not has_currency:
        result.add(
            "info",
            f"no currency column: amounts are read as {account} (the account currency of {layout.source}: "
            f"var account_currencies or KPI_ACCOUNT_CURRENCIES={layout.source}=<ISO>; default the reporting currency)",
        )
    return {
        "period_start": start.isoformat() if start else None,
        "period_end": end.isoformat() if end else None,
        "account_currency": account,
        "header_currency": header_currency(tok.header, layout),
        "file_account": file_account(Path(result.file).name),
        "source_file": result.file,
        "loaded_at": loaded_at,
        "present": sorted(tok.mapping),
    }


def exported_at(path: Path) -> str:
    """When the export was written: the file's modification time (UTC), what source freshness reads."""
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


def land_one(
    con,
    path: Path,
    name: str,
    layout: Layout,
    declared: str | None,
    settings: Settings,
    loaded_at: str,
    landing: Path,
    bulk_min_bytes: int,
) -> tuple[FileResult, Path | None]:
    """Reads, checks and lands one export; the Parquet file it became, None when it is rejected."""
    bulk = not path.name.endswith(".parquet") and path.stat().st_size >= bulk_min_bytes
    result, tok = read_file(path, name, layout, declared, bulk=bulk)
    if tok is None or result.status != "accepted":
        return result, None
    facts = file_facts(result, tok, layout, settings, loaded_at)
    facts["exported_at"] = exported_at(path)
    if result.status != "accepted":
        return result, None
    stem = path.name.removesuffix(".gz").removesuffix(".csv").removesuffix(".parquet")
    target = landing / layout.source / layout.table / f"{stem}.parquet"
    if tok.bulk is None:
        land_file(con, tok, layout, facts, target)
        return result, target
    try:
        land_bulk(con, path, tok, layout, facts, target)
        describe_file(result, tok, layout)
        return result, target
    except BulkFallback:  # the row-by-row reader judges (and lands) this file
        return land_one(con, path, name, layout, declared, settings, loaded_at, landing, bulk_min_bytes=1 << 62)


def validate_folder(
    exports: Path,
    encodings: dict[str, str],
    landing: Path | None = None,
    settings: Settings | None = None,
    progress: bool = False,
    bulk_min_bytes: int = BULK_MIN_BYTES,
    full: bool = False,
    workers: int | None = None,
) -> tuple[list[FileResult], list[str], list[dict]]:
    """Read, land and check every export; returns the file results, the paths not read and the
    column availability. Without `landing` the files are landed in a temporary folder. An export
    the landing folder's ledger holds unchanged is not read again (`full`: land everything afresh)."""
    import tempfile

    import duckdb

    settings = settings or load_settings([])
    found, unknown = discover(exports)
    own_tmp = tempfile.TemporaryDirectory() if landing is None else None
    landing = Path(own_tmp.name) if own_tmp else landing
    rules = rules_fingerprint(
        ROOT, {"reporting": settings.reporting_currency, "accounts": settings.account_currencies}, encodings
    )
    ledger, usable = Ledger.load(landing, rules)
    if full or not usable:
        ledger = Ledger(ledger.path, rules)
        if landing.exists():
            shutil.rmtree(landing)
    landing.mkdir(parents=True, exist_ok=True)
    loaded_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # apart for runs a second apart
    con = duckdb.connect(config=duckdb_config())
    outcomes: dict[int, tuple[FileResult, Path | None]] = {}
    snapshots: dict[str, tuple[FileStamp, Path, dict]] = {}
    todo: list[tuple[int, Path, str, Layout, FileStamp | None]] = []
    for n, (path, name, layout) in enumerate(found):
        if name not in ledger.files:  # new: its stamp (a hash of every byte) is taken by its worker
            todo.append((n, path, name, layout, None))
            continue
        stamp = FileStamp.of(path, ledger.files[name])
        entry = ledger.unchanged(name, stamp)
        if entry:
            result, target = FileResult.from_dict(entry["result"]), landing / entry["target"]
            result.landing = "unchanged"
            snapshots[name] = (stamp, target, entry)
            outcomes[n] = (result, target)
        else:
            todo.append((n, path, name, layout, stamp))

    def land(
        item: tuple[int, Path, str, Layout, FileStamp | None], cursor
    ) -> tuple[FileResult, Path | None, FileStamp]:
        """One file on this worker's own DuckDB cursor (cursor(): cursor_pool's, per thread)."""
        _, path, name, layout, stamp = item
        stamp = stamp or FileStamp.of(path)  # before the file is read: a later write shows as a change
        result, target = land_one(cursor(), path, name, layout, encodings.get(layout.name), settings, loaded_at,
                                  landing, bulk_min_bytes)  # fmt: skip
        return result, target, stamp

    started, done_rows = time.monotonic(), 0
    # the largest files first, so that no worker is left with a large one at the end
    order = sorted(todo, key=lambda item: -item[1].stat().st_size)
    workers = workers or landing_workers()
    with cursor_pool(con, workers, len(order)) as (pool, cursor):
        futures = {pool.submit(land, item, cursor): item for item in order}
        for k, future in enumerate(as_completed(futures), start=1):
            n, _, name, _, _ = futures[future]
            result, target, stamp = future.result()
            result.landing = "changed" if name in ledger.files else "new"
            if target is not None:
                snapshots[name] = (stamp, target, {"result": asdict(result), "landed_at": loaded_at})
            outcomes[n] = (result, target)
            done_rows += result.data_rows
            if progress and (k % 25 == 0 or k == len(order)):
                rate = done_rows / max(time.monotonic() - started, 1e-9)
                print(f"  read and landed {k}/{len(order)} new or changed files ({rate:,.0f} rows/s; "
                      f"{len(found) - len(order)} unchanged)", flush=True)  # fmt: skip
    results: list[FileResult] = []
    landed: dict[str, dict[str, tuple[FileResult, Path]]] = {}
    for n, (_, name, layout) in enumerate(found):
        result, target = outcomes[n]
        results.append(result)
        if target is not None:
            landed.setdefault(layout.name, {})[name] = (result, target)
    check_tables(con, landed, settings, ledger, workers)
    kept = {name: (result, path) for files in landed.values() for name, (result, path) in files.items()
            if result.status == "accepted"}  # fmt: skip
    tidy_landing(con, landing, {path for _, path in kept.values()})
    con.close()
    for name in kept:
        stamp, target, entry = snapshots[name]
        ledger.record_file(name, stamp, target, entry["landed_at"], entry["result"])
    ledger.save(set(kept))
    rows = availability(results)
    with open(landing / "_meta" / "column_availability.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["table_name", "column_name", "files_total", "files_with_column"])
        writer.writeheader()
        writer.writerows(rows)
    if own_tmp:
        own_tmp.cleanup()
    return results, unknown, rows
