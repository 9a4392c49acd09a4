"""Landing a folder of exports: every file found, opened, read, checked and landed (new and changed
ones on several workers), then each table's checks; the ledger keeps what is unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import shutil
import tempfile
import time
from concurrent.futures import as_completed
from dataclasses import asdict
from pathlib import Path

from landing.aliases import user_aliases_path
from landing.bulk import BULK_MIN_BYTES, BulkFallback, land_bulk, scan_csv
from landing.checks import check_tables
from landing.discover import Export, discover
from landing.header import (
    PreambleOnly,
    Rejected,
    Tokenized,
    file_account,
    header_currency,
    preamble_dates,
    preamble_period,
)
from landing.ledger import FileStamp, Ledger, rules_fingerprint
from landing.opening import READ_ERRORS, Opened, explain, open_export, read_excel, read_parquet, read_text
from landing.report import availability, write_quarantine_csv
from landing.results import FileResult
from landing.rulebook import Layout, normalize_header
from landing.settings import ROOT, Settings, duckdb_config, load_settings, source_enabled
from landing.sql import safe_path
from landing.values import Evidence
from landing.workers import cursor_pool, landing_workers
from landing.write import land_file, tidy_landing


def read_export(con, export: Export, declared: str | None, bulk: bool, scratch: Path) -> tuple[Tokenized, Path | None]:
    """The header and rows of one export, and the CSV file the bulk reader may read instead of the
    rows (None: the rows are streamed to the row writer). Raises Rejected or PreambleOnly."""
    opened = open_export(export, declared)
    if opened.kind == "parquet":
        return read_parquet(opened, export.layout, con, scratch), None
    if opened.kind == "excel":
        return read_excel(opened, export.layout), None
    if bulk:
        source = opened.native
        if source is None:  # gzip, a ZIP member, UTF-16 or a declared encoding: DuckDB reads it as UTF-8
            source = transcode(opened, scratch)
        tok = scan_csv(safe_path(source, scratch), export.layout)
        if tok is not None:
            tok.encoding = opened.encoding or tok.encoding
            return tok, safe_path(source, scratch)
    return read_text(opened, export.layout, declared), None


def transcode(opened: Opened, scratch: Path) -> Path:
    """The export's text as a UTF-8 file in the scratch folder, in chunks (never held whole)."""
    target = scratch / "transcoded.csv"
    with opened.binary() as raw, io.TextIOWrapper(raw, encoding=opened.encoding or "utf-8", newline="") as text:
        with open(target, "w", encoding="utf-8", newline="") as out:
            while chunk := text.read(1 << 20):
                out.write(chunk)
    return target


def describe_file(result: FileResult, tok: Tokenized, layout: Layout) -> None:
    """Info and warnings about how the file was read: conversions, columns, layout rows."""
    if tok.encoding not in ("utf-8", "utf-8-sig", "parquet"):
        result.add("info", f"encoding {tok.encoding}: read and landed as Parquet")
    if tok.delimiter and tok.delimiter != ",":
        result.add("info", f"delimiter {tok.delimiter!r}: read as such (Excel / LinkedIn tab-separated text)")
    used = set(tok.mapping.values())
    extra = [h for i, h in enumerate(tok.header) if i not in used and h]
    known = {normalize_header(h) for h in layout.segment_headers}
    segments = [h for h in extra if normalize_header(h) in known]
    other = [h for h in extra if normalize_header(h) not in known]
    if segments:
        result.add(
            "info", f"segment / breakdown column(s) {segments}: the rows they split are summed to the warehouse's grain"
        )
    if other:
        kept = "; rows that differ only in them are kept and summed, never dropped" if layout.additive else ""
        result.add("info", f"new column(s) not used by the warehouse (not read into a column): {other}{kept}")
    passed = [c for c in layout.columns if c.name not in tok.mapping and c.pass_through]
    if passed:
        result.add("warning", "pass-through column(s) not in this export, NULL for its rows: " + "; ".join(
            f"{c.label!r} ({c.name}, var {c.pass_through})" for c in passed))  # fmt: skip
    missing = [c for c in layout.columns if c.name not in tok.mapping and c.feeds]
    if missing:
        result.add("info", f"optional column(s) not in this export (NULL in staging; see the KPIs unavailable): "
                   f"{[c.label for c in missing]}")  # fmt: skip
    result.data_rows, result.layout_rows = tok.counted or (0, 0)
    if not result.data_rows:
        result.add("warning", "no data rows (header only)")


def file_facts(result: FileResult, tok: Tokenized, layout: Layout, settings: Settings, loaded_at: str) -> dict:
    """What the landed rows take from outside the rows: period, currency, account, lineage."""
    start, end = preamble_period(tok.preamble) if layout.period_from_preamble else (None, None)
    has_period = any(preamble_period(tok.preamble, order)[0] for order in ("mdy", "dmy"))
    date_columns = {"ad_date"} if layout.source.endswith("_ads") else set()
    if layout.period_from_preamble and not (date_columns & set(tok.mapping)) and not has_period:
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
        "setting": layout.source,
        "zone": settings.zone_shift(layout),
    }


def settler(facts: dict, tok: Tokenized, layout: Layout, settings: Settings, result: FileResult):
    """settle(evidence): the file's locale from its values' evidence (and the numeric dates of its
    preamble), the report period read in that order; the facts the rule book is applied with."""

    def settle(evidence: Evidence) -> dict:
        if layout.period_from_preamble and "ad_date" not in tok.mapping:  # the rows take the preamble's period
            for value in preamble_dates(tok.preamble):
                evidence.date("(the report period on the preamble)", value)
        locale = evidence.decide(
            settings.declared(layout.name, settings.date_orders),
            settings.declared(layout.name, settings.decimal_marks),
            layout.source,
        )
        facts["locale"] = locale
        if layout.period_from_preamble:
            start, end = preamble_period(tok.preamble, locale.date_order)
            facts["period_start"] = start.isoformat() if start else None
            facts["period_end"] = end.isoformat() if end else None
            own = {"ga4_date", "segment_month"} & set(tok.mapping)
            if (
                layout.name == "ga4/traffic_acquisition"
                and start
                and end
                and (start.year, start.month) != (end.year, end.month)
                and not own
            ):
                result.add("warning", f"the report covers {start} to {end}, more than one month, and its rows have no Date "
                           "or Year month: the warehouse counts them in the first month. Download GA4 reports one month "
                           "at a time, or add the Date dimension")  # fmt: skip
        return facts

    return settle


def exported_at(path: Path) -> str:
    """When the export was written: the file's modification time (UTC), what source freshness reads."""
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


def land_one(
    con,
    export: Export,
    declared: str | None,
    settings: Settings,
    loaded_at: str,
    landing: Path,
    bulk_min_bytes: int,
) -> tuple[FileResult, Path | None]:
    """Reads, checks and lands one export; the Parquet file it became, None when it is rejected.
    Any failure to read the file (a broken download, a corrupt archive) is its rejection."""
    result = FileResult(file=export.name, table=export.layout.name)
    target = landing / export.layout.source / export.layout.table / f"{landed_stem(export)}.parquet"
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="_reading_", dir=target.parent))
    try:
        bulk = export.path.stat().st_size >= bulk_min_bytes
        try:
            tok, source = read_export(con, export, declared, bulk, scratch)
            result.encoding, result.delimiter, result.header = tok.encoding, tok.delimiter, tok.header
            result.columns = {name: tok.header[i] for name, i in tok.mapping.items()}
            facts = file_facts(result, tok, export.layout, settings, loaded_at)
            facts["exported_at"] = exported_at(export.path)
            if result.status != "accepted":
                return result, None
            settle = settler(facts, tok, export.layout, settings, result)
            if source is None:
                land_file(con, tok, export.layout, settle, target)
            else:
                try:
                    land_bulk(con, source, tok, export.layout, settle, target)
                except BulkFallback:  # the row-by-row reader judges (and lands) this file
                    return land_one(con, export, declared, settings, loaded_at, landing, bulk_min_bytes=1 << 62)
            describe_file(result, tok, export.layout)
            return result, target
        except PreambleOnly:
            result.add("warning", "no data rows (the report has only its preamble: an empty export)")
            return result, None
        except Rejected as err:
            result.add("reject", err.message, line=err.line, column=result.columns.get(err.column, err.column))
        except READ_ERRORS as err:
            result.add("reject", explain(err))
        target.unlink(missing_ok=True)
        return result, None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def landed_stem(export: Export) -> str:
    """The landed Parquet file's name: the export's, with characters a path or a DuckDB file
    pattern would read otherwise (* ? [ ] { } \\ /, control characters) replaced, and then a short
    hash of the real name so that two exports never share a landed file."""
    stem = export.stem
    safe = re.sub(r"[*?\[\]{}\\/\x00-\x1f]", "_", stem)
    if safe != stem or safe.startswith("_"):
        safe = f"{safe.lstrip('_') or 'export'}__{hashlib.sha1(export.name.encode()).hexdigest()[:8]}"
    return safe


def validate_folder(
    exports: Path,
    encodings: dict[str, str],
    landing: Path | None = None,
    settings: Settings | None = None,
    progress: bool = False,
    bulk_min_bytes: int = BULK_MIN_BYTES,
    full: bool = False,
    workers: int | None = None,
    quarantine_csv: Path | None = None,
    data_docs: Path | None = None,
) -> tuple[list[FileResult], list[str], list[dict]]:
    """Read, land and check every export; returns the file results (the entries of the exports
    folder rejected as they were found among them), the entries ignored on purpose (with why) and
    the column availability. Without `landing` the files are landed in a temporary folder. An export
    the landing folder's ledger holds unchanged is not read again (`full`: land everything afresh)."""
    import duckdb

    settings = settings or load_settings([])
    found, refused, ignored = discover(exports)
    own_tmp = tempfile.TemporaryDirectory() if landing is None else None
    landing = Path(own_tmp.name) if own_tmp else landing
    rules = rules_fingerprint(
        ROOT,
        settings.fingerprint(),
        encodings,
        (user_aliases_path(),),
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
    todo: list[tuple[int, Export, FileStamp | None]] = []
    for n, export in enumerate(found):
        name = export.name
        if name not in ledger.files:  # new: its stamp (a hash of every byte) is taken by its worker
            todo.append((n, export, None))
            continue
        stamp = FileStamp.of(export.path, ledger.files[name])
        entry = ledger.unchanged(name, stamp)
        if entry:
            result, target = FileResult.from_dict(entry["result"]), landing / entry["target"]
            result.landing = "unchanged"
            snapshots[name] = (stamp, target, entry)
            outcomes[n] = (result, target)
        else:
            todo.append((n, export, stamp))

    def land(item: tuple[int, Export, FileStamp | None], cursor) -> tuple[FileResult, Path | None, FileStamp]:
        """One file on this worker's own DuckDB cursor (cursor(): cursor_pool's, per thread)."""
        _, export, stamp = item
        stamp = stamp or FileStamp.of(export.path)  # before the file is read: a later write shows as a change
        result, target = land_one(cursor(), export, encodings.get(export.layout.name), settings, loaded_at, landing,
                                  bulk_min_bytes)  # fmt: skip
        return result, target, stamp

    started, done_rows = time.monotonic(), 0
    # the largest files first, so that no worker is left with a large one at the end
    order = sorted(todo, key=lambda item: -item[1].path.stat().st_size)
    workers = workers or landing_workers()
    with cursor_pool(con, workers, len(order)) as (pool, cursor):
        futures = {pool.submit(land, item, cursor): item for item in order}
        for k, future in enumerate(as_completed(futures), start=1):
            n, export, _ = futures[future]
            name = export.name
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
    for n, export in enumerate(found):
        result, target = outcomes[n]
        results.append(result)
        if target is not None:
            landed.setdefault(export.layout.name, {})[export.name] = (result, target)
    results += refused
    check_tables(con, landed, settings, ledger, workers, data_docs)
    kept = {name: (result, path) for files in landed.values() for name, (result, path) in files.items()
            if result.status == "accepted"}  # fmt: skip
    tidy_landing(con, landing, {path for _, path in kept.values()})
    if quarantine_csv:
        write_quarantine_csv(con, sorted(path for _, path in kept.values()), quarantine_csv)
    con.close()
    for name in kept:
        stamp, target, entry = snapshots[name]
        ledger.record_file(name, stamp, target, entry["landed_at"], entry["result"])
    ledger.save(set(kept))
    for result in results:  # landed, but a source switched off is not read by dbt: said, never silent
        source = (result.table or "").split("/")[0]
        if result.status == "accepted" and source and not source_enabled(source):
            result.add("warning", f"source {source} is switched off (var {source}__enabled: false): this file is "
                       "validated and landed, but the warehouse does not read it")  # fmt: skip
    rows = availability(results)
    with open(landing / "_meta" / "column_availability.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["table_name", "column_name", "files_total", "files_with_column"])
        writer.writeheader()
        writer.writerows(rows)
    if own_tmp:
        own_tmp.cleanup()
    return sorted(results, key=lambda r: r.file), ignored, rows
