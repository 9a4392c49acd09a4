"""The checks of one table over its landed files: quarantine findings, duplicate keys within a file
and across overlapping exports, FX coverage, and the great-expectations suite (landing/contract.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path

from landing import contract
from landing.ledger import Ledger
from landing.results import FileResult, Finding
from landing.rulebook import LAYOUTS, Layout, normalize_header
from landing.settings import Settings
from landing.sql import ident, literal_list
from landing.workers import cursor_pool


def check_table(con, layout: Layout, landed: dict[str, tuple[FileResult, Path]], settings: Settings) -> None:
    """Quarantine, duplicates and FX coverage of one table, over its landed files (the
    great-expectations suite runs after every table's checks: check_tables)."""
    rel = f"read_parquet({literal_list(p for _, p in landed.values())}, union_by_name = true)"
    by_file = {name: result for name, (result, _) in landed.items()}
    for name, line, reason, column in con.execute(
        f"select _source_file, _source_line, _reject_reason, _reject_column from {rel} "
        "where _reject_reason is not null order by _source_file, _source_line"
    ).fetchall():
        result = by_file[name]
        header = result.columns.get(column) or result.columns.get(UNDERLYING.get(column, ""), column)
        result.add("quarantine", f"{reason}; the row goes to quarantine", line=line, column=header)
        result.quarantined_rows += 1
    check_duplicates(con, layout, rel, by_file)
    check_segments(con, layout, rel, by_file)
    check_fx(con, layout, rel, by_file, settings)


UNDERLYING = {"period_start": "ad_date", "period_end": "reporting_ends"}  # derived column -> column it comes from


def check_duplicates(con, layout: Layout, rel: str, by_file: dict[str, FileResult]) -> None:
    """A key twice in one file: a warning per later row (on an additive table: rows identical in
    every column, counted once; rows that differ are a segment, summed: check_segments says so). A
    key in an earlier file too (overlapping exports, e.g. monthly snapshots of all contacts): one
    finding per pair of files, counted in SQL (such pairs share millions of rows, too many to fetch)."""
    if not layout.key:
        return
    keys = ", ".join(f'"{k}"' for k in layout.key)
    firsts = ", ".join(f'arg_min("{k}", _source_line)' for k in layout.key)
    # on an additive table a later row of the same file is a duplicate only when it is a copy
    copy = "row_number() over (partition by _source_file, _row_hash, " + keys + " order by _source_line) > 1"
    same_file = f"first_file = _source_file{' and is_copy' if layout.additive else ''}"
    sql = f"""
        with later as (
            select _source_file, _source_line, first_file, first_line, is_copy, {keys}
            from (
                select _source_file, _source_line, {keys},
                    first_value(_source_file) over w as first_file,
                    first_value(_source_line) over w as first_line,
                    row_number() over w as n,
                    {copy if layout.additive else "true"} as is_copy
                from {rel}
                where not _is_layout_row and _reject_reason is null
                window w as (partition by {keys} order by _source_file, _source_line)
            )
            where n > 1
        )
        select _source_file, _source_line, first_file, first_line, 1 as rows, {keys}
        from later
        where {same_file}
        union all
        select _source_file, min(_source_line), first_file, arg_min(first_line, _source_line), count(*), {firsts}
        from later
        where first_file <> _source_file
        group by _source_file, first_file
        order by 1, 2
    """
    overlaps = []
    for name, line, first_file, first_line, rows, *values in con.execute(sql).fetchall():
        values = [str(v) if isinstance(v, dt.date) else v for v in values]  # 2026-10-01, 2026-03-18 03:30:00
        result = by_file[name]
        what = ", ".join(result.columns.get(k, k) for k in layout.key)
        if first_file == name and layout.additive:
            result.add("warning", f"duplicate row: identical in every column to line {first_line} (key {tuple(values)}): "
                       "counted once", line=line, column=what)  # fmt: skip
        elif first_file == name:
            result.add("warning", f"duplicate key {tuple(values)} in the same file (line {first_line}): the row of line {first_line} is kept",
                       line=line, column=what)  # fmt: skip
        else:
            overlaps.append((name, first_file, rows, line, tuple(values), first_line, what))
    for name, first_file, rows, line, key, first_line, what in overlaps:
        more = f" and {rows - 1:,} more row(s) whose key is" if rows > 1 else ""
        by_file[name].add("info", f"key {key} (line {line}){more} also in {first_file} (line {first_line} for the first): "
                          "the newest file wins", line=line, column=what)  # fmt: skip


SEGMENT_SAMPLE = 5000  # rows of split keys fetched per table to name the columns that split them


def check_segments(con, layout: Layout, rel: str, by_file: dict[str, FileResult]) -> None:
    """Rows of one file that share the key of an additive table but differ in another column are
    summed (macro sum_newest_export): the report names the columns that split them. A known segment
    or breakdown (Device, Age: header_aliases.csv) is an info; a column the rule book does not know
    is a warning, naming it and the rows, since only the user can tell a segment from repeated
    rows; rows that differ in no column besides the numbers are a warning too."""
    if not (layout.additive and layout.key):
        return
    keys = ", ".join(ident(k) for k in layout.key)
    split = f"""
        select _source_file, _source_line, _segment, {keys},
            count(distinct _row_hash) over (partition by _source_file, {keys}) as variants
        from {rel}
        where not _is_layout_row and _reject_reason is null
    """
    counts = con.execute(
        f"select _source_file, count(*), count(distinct ({keys})), min(_source_line) from ({split}) "
        "where variants > 1 group by all order by 1"
    ).fetchall()
    if not counts:
        return
    sample = con.execute(
        f"select _source_file, _segment, {keys} from ({split}) where variants > 1 "
        f"order by _source_file, _source_line limit {SEGMENT_SAMPLE}"
    ).fetchall()
    groups: dict[tuple, list[dict[str, str]]] = {}
    for name, segment, *key in sample:
        cells = dict(part.split("=", 1) for part in (segment or "").split(" | ") if "=" in part)
        groups.setdefault((name, *key), []).append(cells)
    differing: dict[str, set[str]] = {}
    for (name, *_), rows in groups.items():
        headers = {h for cells in rows for h in cells}
        differing.setdefault(name, set()).update(h for h in headers if len({c.get(h) for c in rows}) > 1)
    known = {normalize_header(h) for h in layout.segment_headers}
    for name, rows, key_count, line in counts:
        result = by_file[name]
        what = ", ".join(result.columns.get(k, k) for k in layout.key)
        columns = sorted(differing.get(name, ()))
        unknown = [h for h in columns if normalize_header(h) not in known]
        segments = [h for h in columns if normalize_header(h) in known]
        summed = f"{rows:,} rows share their key ({what}) with another row in {key_count:,} key(s): summed per key"
        if segments and not unknown:
            result.add("info", f"split by the segment(s) {segments}: {summed}", line=line)
        elif unknown:
            result.add("warning", f"rows differ in column(s) {unknown} the rule book does not know"
                       + (f" (and the segment(s) {segments})" if segments else "")
                       + f": {summed}. If {unknown[0]!r} splits the rows (a segment), this is right; if the rows "
                       "repeat one another with other numbers, remove the repeats from the export", line=line)  # fmt: skip
        else:
            result.add("warning", f"rows differ only in their numbers: {summed}. A report without the column that "
                       "split them (an ad group, a segment)? If they repeat one another, remove the repeats", line=line)  # fmt: skip


def check_fx(con, layout: Layout, rel: str, by_file: dict[str, FileResult], settings: Settings) -> None:
    """Every currency and month with an amount must be convertible: in the reporting currency, or
    with a rate for it and for the reporting currency in seeds/reference/fx_rates.csv."""
    date_col = layout.fx_date
    if not layout.currency or not date_col:
        return
    sql = f"""
        select _source_file, upper("{layout.currency}") as currency,
            strftime(cast("{date_col}" as date), '%Y-%m') as month, min(_source_line), count(*)
        from {rel}
        where not _is_layout_row and _reject_reason is null and "{date_col}" is not null
        group by all
        order by 1, 2, 3
    """
    missing: dict[str, dict[str, list]] = {}
    for name, currency, month, line, rows in con.execute(sql).fetchall():
        if currency == settings.reporting_currency:
            continue
        if (str(currency), month) in settings.fx_pairs and (settings.reporting_currency, month) in settings.fx_pairs:
            continue
        entry = missing.setdefault(name, {}).setdefault(str(currency), [])
        entry.append((month, line, rows))
    for name, currencies in missing.items():
        result = by_file[name]
        for currency, months in currencies.items():
            listed = ", ".join(m for m, _, _ in months)
            rows = sum(r for _, _, r in months)
            result.add(
                "reject",
                f"no FX rate for {currency} in {listed} ({rows} row(s)); add the monthly rates "
                f"(rate_month, currency_code, units_per_usd) for {currency} and {settings.reporting_currency} "
                "to seeds/reference/fx_rates.csv, or fix the currency code",
                line=months[0][1],
                column=result.columns.get("currency_raw", "currency"),
            )


def check_tables(
    con,
    landed: dict[str, dict[str, tuple[FileResult, Path]]],
    settings: Settings,
    ledger: Ledger,
    workers: int = 1,
    data_docs: Path | None = None,
) -> None:
    """The table checks of every table with a new or changed file (or a file gone), on `workers`
    tables at once (a table's checks touch its own files' results only); the others reuse the
    findings the ledger kept from the run that last checked exactly their files."""
    todo = []
    for key, files in landed.items():
        cached = None
        if all(result.landing == "unchanged" for result, _ in files.values()):
            cached = ledger.table_checks(key, set(files))
        if cached:
            for name, (result, _) in files.items():
                result.findings += [Finding(**f) for f in cached["findings"][name]]
                result.quarantined_rows = cached["quarantined"][name]
        else:
            todo.append(key)
    marks = {key: {name: len(result.findings) for name, (result, _) in landed[key].items()} for key in todo}
    # the largest tables first; every table's findings are complete before any is recorded
    order = sorted(todo, key=lambda key: -sum(r.data_rows for r, _ in landed[key].values()))
    with cursor_pool(con, workers, len(order)) as (pool, cursor):
        list(pool.map(lambda key: check_table(cursor(), LAYOUTS[key], landed[key], settings), order))
    # the great-expectations suites of those tables, in DuckDB, over the files still accepted; one
    # run for all of them (its Data Docs under data_docs, linked from the validation report)
    by_file = {name: result for key in order for name, (result, _) in landed[key].items()}
    contract.validate(
        {LAYOUTS[key]: [path for result, path in landed[key].values() if result.status == "accepted"] for key in order},
        by_file,
        data_docs,
    )
    for key in order:
        for result, path in landed[key].values():
            if result.status == "rejected" and path.exists():
                path.unlink()
    for key in todo:
        files = landed[key]
        if all(result.status == "accepted" for result, _ in files.values()):
            ledger.record_table(
                key,
                {name: [asdict(f) for f in result.findings[marks[key][name] :]] for name, (result, _) in files.items()},
                {name: result.quarantined_rows for name, (result, _) in files.items()},
            )
