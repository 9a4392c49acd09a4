"""Validate a folder of raw exports before the build, and land the accepted files for dbt.

    python scripts/validate_exports.py [--exports DIR] [--landing DIR] [--report DIR]
                                       [--encoding source/table=cp1251 ...]
                                       [--account-currency source=TWD ...]

Every file under <exports>/<source>/<table>/ (.csv, .csv.gz, .parquet) is read as its vendor writes
it (scripts/export_reader.py): the encoding (UTF-8, UTF-8 with BOM, UTF-16 as Excel and LinkedIn
write it, or one declared per table), the header wherever the preamble ends, found by the layout's
identity columns in any order and spelling (scripts/export_layouts.py, the rule book), footers and
summary rows recognised by content. A file is rejected when it cannot be read, lacks an identity
column, holds IDs that Excel turned into scientific notation, or has amounts in a currency and month
that seeds/reference/fx_rates.csv does not cover. Otherwise it is landed: one Parquet file per export
in <landing>/<source>/<table>/, with every canonical column (NULL when the export lacks it) parsed
once by the rule book in DuckDB, the row's file and line, `_is_layout_row` and `_reject_reason`.
dbt's base_ models read those files, so the rows this report lists for quarantine are exactly the
rows of the quarantine_<source> models. great-expectations suites run over the landed rows (ID
format, vendor-computed rates); a table with no file gets an empty placeholder.

Writes <report>/validation_report.html (offline) and validation_summary.json, and
<landing>/_meta/column_availability.csv (which optional columns the landed files have: the marts
read it to show NULL, not 0, for a KPI whose column is missing).
The landing folder is kept between runs with a ledger (<landing>/_meta/ledger.json, see
scripts/landing_ledger.py): an export whose size, mtime and SHA-256 are unchanged is not read again,
its Parquet file and findings are reused; a new or changed one is landed; the Parquet file of an
export that is gone is removed. --full lands every file afresh. New and changed files land on
KPI_LANDING_WORKERS workers at once (default one per core, at most 4), largest first, and the
tables' checks run on as many; the results and findings are the same as one after another.
Exit code: 0 when no file is rejected, 1 otherwise, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import html
import json
import os
import shutil
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from export_layouts import LAYOUTS, Layout, landed_select  # noqa: E402
from export_reader import (  # noqa: E402
    SCIENTIFIC,
    PreambleOnly,
    Rejected,
    Tokenized,
    bulk_ready,
    decode,
    file_account,
    head,
    header_currency,
    last_line_whole,
    preamble_period,
    read_bytes,
    tokenize,
)
from landing_ledger import FileStamp, Ledger, rules_fingerprint  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("TQDM_DISABLE", "1")  # great-expectations progress bars
SUFFIXES = (".csv", ".csv.gz", ".parquet")


@dataclass
class Finding:
    file: str
    severity: str  # reject | quarantine | warning | info
    message: str
    line: int | None = None
    column: str | None = None

    def text(self) -> str:
        where = (
            self.file
            + (f", line {self.line}" if self.line else "")
            + (f", column '{self.column}'" if self.column else "")
        )
        return f"{self.severity.upper()}: {where}: {self.message}"


@dataclass
class FileResult:
    file: str
    table: str
    status: str = "accepted"  # accepted | rejected
    encoding: str | None = None
    delimiter: str | None = None
    data_rows: int = 0
    layout_rows: int = 0
    quarantined_rows: int = 0
    header: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # canonical column -> header it came from
    findings: list[Finding] = field(default_factory=list)
    landing: str | None = None  # new | changed | unchanged (reused from the ledger, not read again)

    @classmethod
    def from_dict(cls, data: dict) -> FileResult:
        return cls(**{**data, "findings": [Finding(**f) for f in data["findings"]]})

    def add(self, severity: str, message: str, line: int | None = None, column: str | None = None) -> None:
        self.findings.append(Finding(self.file, severity, message, line, column))
        if severity == "reject":
            self.status = "rejected"


@dataclass
class Settings:
    reporting_currency: str
    account_currencies: dict[str, str]
    fx_pairs: set[tuple[str, str]]  # (currency, YYYY-MM)


def load_settings(cli_currencies: list[str]) -> Settings:
    import yaml

    project = yaml.safe_load((ROOT / "dbt_project.yml").read_text(encoding="utf-8"))
    variables = project.get("vars", {})
    accounts = {k: str(v).upper() for k, v in (variables.get("account_currencies") or {}).items()}
    pairs = cli_currencies + [p for p in os.environ.get("KPI_ACCOUNT_CURRENCIES", "").split(",") if p.strip()]
    for pair in pairs:
        source, _, currency = pair.partition("=")
        if not source.strip() or len(currency.strip()) != 3:
            raise SystemExit(f"--account-currency expects <source>=<ISO currency>, got {pair!r}")
        accounts[source.strip()] = currency.strip().upper()
    with open(ROOT / "seeds" / "reference" / "fx_rates.csv", newline="", encoding="utf-8") as fh:
        fx = {(r["currency_code"].upper(), r["rate_month"][:7]) for r in csv.DictReader(fh)}
    return Settings(str(variables.get("reporting_currency", "USD")).upper(), accounts, fx)


# -- one file -----------------------------------------------------------------------------------


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


def bulk_header(text: str, layout: Layout, encoding: str, path: Path) -> Tokenized | None:
    """The header of a file whose rows DuckDB will tokenize; None when the row reader must read it."""
    try:
        tok = tokenize(head(text), layout, encoding, rows=False)
    except (PreambleOnly, Rejected):
        return None  # the whole-file reader gives the verdict
    if not bulk_ready(text, tok):
        return None
    tok.bulk = "native" if encoding in ("utf-8", "utf-8-sig") and path.suffix == ".csv" else "text"
    tok.text = text if tok.bulk == "text" else None
    return tok


SCAN_CHUNK = 16 << 20


def scan_csv(path: Path, layout: Layout) -> Tokenized | None:
    """bulk_header for a plain UTF-8 .csv file, in chunks of its bytes rather than its decoded
    text (a 600 MB export would take 1-2 GB as a Python string): the header from the head, and the
    bulk reader's conditions (no carriage return, balanced quotes, a whole last line). None when
    the whole-file reader must look (UTF-16, a head that is not UTF-8, a header not in the head).
    DuckDB rejects invalid UTF-8 further on, and the whole-file reader then gives the verdict."""
    with open(path, "rb") as fh:
        first = fh.read(SCAN_CHUNK)
        if first[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return None
        try:
            text = head(first.decode("utf-8-sig", errors="strict") if len(first) < SCAN_CHUNK else "")
        except UnicodeDecodeError:
            text = ""
        if not text:  # the first chunk is cut mid-file: decode its lines up to the last line end
            try:
                text = head(first[: first.rfind(b"\n") + 1].decode("utf-8-sig"))
            except UnicodeDecodeError:
                return None
        encoding = "utf-8-sig" if first[:3] == b"\xef\xbb\xbf" else "utf-8"
        try:
            tok = tokenize(text, layout, encoding, rows=False)
        except (PreambleOnly, Rejected):
            return None
        quotes, tail, chunk = 0, b"", first
        while chunk:
            if b"\r" in chunk:
                return None
            quotes += chunk.count(b'"')  # 0x22 is never part of a multi-byte UTF-8 character
            cut = chunk.rfind(b"\n")
            tail = tail + chunk if cut < 0 else chunk[cut + 1 :]
            chunk = fh.read(SCAN_CHUNK)
    if quotes % 2 or not last_line_whole(tail.decode("utf-8", errors="replace"), tok):
        return None
    tok.bulk, tok.text = "native", None
    return tok


def read_parquet(path: Path, layout: Layout) -> Tokenized:
    import duckdb
    from export_layouts import map_header

    if not layout.parquet_allowed:
        raise Rejected(f"{layout.name} must be the vendor's CSV export: its preamble carries data (the period)")
    con = duckdb.connect(config=duckdb_config())
    rel = con.execute(f"select * from read_parquet('{path.as_posix()}')")
    header = [d[0] for d in rel.description]
    mapping = map_header(header, layout)
    missing = [c.headers[0] for c in layout.identity if c.name not in mapping]
    if missing:
        raise Rejected(f"missing required column(s) {missing}; found columns: {header}", column=missing[0])
    tok = Tokenized("parquet", "", [], header, 1, mapping)
    tok.rows = [(n + 2, ["" if v is None else str(v) for v in r], False) for n, r in enumerate(rel.fetchall())]
    con.close()
    return tok


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


DEFAULT_MEMORY_LIMIT = "1.5GB"  # as profiles.yml: a 10M-raw-row landing peaks at 2.0 GB RSS instead of 6.1 GB


def duckdb_config() -> dict[str, str]:
    """DuckDB settings from the environment, as profiles.yml reads them for dbt: KPI_DUCKDB_THREADS
    (default: every core) and KPI_DUCKDB_MEMORY_LIMIT (default 1.5GB, DuckDB spills beyond it)."""
    config = {"memory_limit": os.environ.get("KPI_DUCKDB_MEMORY_LIMIT") or DEFAULT_MEMORY_LIMIT}
    if os.environ.get("KPI_DUCKDB_THREADS"):
        config["threads"] = os.environ["KPI_DUCKDB_THREADS"]
    return config


def landing_workers() -> int:
    """How many files land at once: KPI_LANDING_WORKERS, default one per core (at most 4). Each
    worker holds at most one file (a large UTF-8 CSV is never held: DuckDB streams it), so memory
    is bounded by that many files; the DuckDB memory limit is shared by all of them."""
    value = os.environ.get("KPI_LANDING_WORKERS")
    if value:
        if not value.isdigit() or int(value) < 1:
            raise SystemExit(f"KPI_LANDING_WORKERS must be a whole number of at least 1, got {value!r}")
        return int(value)
    return max(1, min(os.cpu_count() or 1, 4))


def exported_at(path: Path) -> str:
    """When the export was written: the file's modification time (UTC), what source freshness reads."""
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


def land_file(con, tok: Tokenized, layout: Layout, facts: dict, target: Path) -> None:
    """One Parquet file per export: the rule book applied in DuckDB over the file's cells."""
    import pandas as pd

    columns: dict[str, list] = {"_source_line": [], "_is_layout_row": [], "_raw_values": []}
    picks = [(c.name, tok.mapping.get(c.name)) for c in layout.columns]
    for name, _ in picks:
        columns[name] = []
    header = tok.header
    for line, cells, is_layout in tok.rows:
        columns["_source_line"].append(line)
        columns["_is_layout_row"].append(is_layout)
        columns["_raw_values"].append(
            " | ".join(f"{h}={cells[i] if i < len(cells) else ''}" for i, h in enumerate(header) if h)
        )
        for name, index in picks:
            columns[name].append(cells[index] if index is not None and index < len(cells) else None)
    frame = pd.DataFrame({k: pd.Series(v, dtype="object") for k, v in columns.items()})
    con.register("raw_rows", frame)
    target.parent.mkdir(parents=True, exist_ok=True)
    con.execute(f"copy ({landed_select(layout, 'raw_rows', facts)}) to '{target.as_posix()}' (format parquet)")
    con.unregister("raw_rows")


BULK_MIN_BYTES = 256 * 1024  # from this size DuckDB tokenizes the rows (below, the row reader is faster)


class BulkFallback(Exception):
    """The bulk reader cannot vouch for this file (a truncated or oddly quoted one): land it row by row."""


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


BLANK = r"[\s\v\x1c-\x1f\x85\p{Z}]"  # the characters str.strip() removes, as an RE2 class


def _nonblank(cell: str) -> str:
    """The cell has a character str.strip() would keep (a regex: trim() with a set is 5x slower).
    Most cells start with a printable ASCII character, which str.strip() keeps: the regex is
    evaluated for the others only."""
    return (
        f"(case when {cell} is null then false when ascii({cell}) between 33 and 126 then true "
        f"else regexp_matches({cell}, '[^{BLANK[1:-1]}]') end)"
    )


def _full_match(cell: str, pattern: str) -> str:
    """pattern fullmatches the stripped cell."""
    return f"regexp_full_match(coalesce({cell}, ''), {_sql_literal(f'{BLANK}*(?:{pattern}){BLANK}*')})"


def _lines_sql(source: str, parallel: bool) -> str:
    """The physical lines of a file, one VARCHAR column `line` (no quoting, no delimiter)."""
    return (
        f"read_csv({_sql_literal(source)}, header = false, auto_detect = false, delim = E'\\x01', quote = '', "
        "escape = '', new_line = '\\n', columns = {'line': 'VARCHAR'}, strict_mode = false, "
        f"parallel = {str(parallel).lower()})"
    )


MAX_BLANK_LINES = 64  # more blank lines than this between the records: the two-pass reader places them


@dataclass
class LineShape:
    """What one pass over a file's physical lines tells the bulk reader (see line_shape)."""

    even_quotes: bool  # no line has an odd number of double quotes
    records: int | None = None  # lines after the header that are not blank (one record each)
    blank: tuple[int, ...] | None = None  # the blank lines after the header (their numbers)

    @property
    def one_pass(self) -> bool:
        """Every record is one line, and where each starts is known without reading the lines again."""
        return self.blank is not None


def line_shape(con, source: str, header_line: int) -> LineShape:
    """One parallel pass over the file's physical lines: whether no line has an odd number of
    double quotes (then no quoted cell spans lines, and every line that is not blank starts a
    record), how many lines there are and how many are blank. When so, and at most
    MAX_BLANK_LINES lines after the header are blank, a second pass (only when there is a blank
    line) finds their numbers: the k-th record then starts on line header_line + k plus the blank
    lines before it, and bulk_rows_sql reads the records without joining them to the lines."""
    even, lines, blank = con.execute(
        "select coalesce(bool_and((length(line) - length(replace(line, '\"', ''))) % 2 = 0), true), "
        f"count(*), count(*) filter (where line is null) from {_lines_sql(source, parallel=True)}"
    ).fetchall()[0]
    if not even:
        return LineShape(False)
    numbers: tuple[int, ...] = ()
    if blank:
        numbers = tuple(
            n
            for (n,) in con.execute(
                f"select n from (select row_number() over () as n, line from {_lines_sql(source, parallel=False)}) "
                f"where line is null and n > {header_line} order by n limit {MAX_BLANK_LINES + 1}"
            ).fetchall()
        )
        if len(numbers) > MAX_BLANK_LINES:
            return LineShape(True)
    return LineShape(True, lines - header_line - len(numbers), numbers)


def _record_line(hl: int, blank: tuple[int, ...]) -> str:
    """SQL: the line record r.k starts on, when every record is one line and `blank` are the blank
    lines after the header (line_shape). The j-th blank line follows blank[j] - hl - j records."""
    if not blank:
        return f"{hl} + r.k"
    steps = "".join(f" when r.k > {b - hl - j} then {j}" for j, b in reversed(list(enumerate(blank, start=1))))
    return f"{hl} + r.k + (case{steps} else 0 end)"


def bulk_rows_sql(
    source: str, tok: Tokenized, layout: Layout, raw_values: bool = True, shape: LineShape | None = None
) -> str:
    """The landed rows of one CSV file, tokenized by DuckDB: the same rows, lines and layout-row
    decisions as export_reader.tokenize, in bulk. The rows are not sorted by line (sorting the wide
    rows of a large export took a quarter of its landing): every reader of the landed rows orders
    or keys them by _source_line. Without raw_values, _raw_values is NULL (only rejected rows keep
    it: see land_bulk).

    Where a record starts: with shape.one_pass (line_shape), from its number and the blank lines
    before it, and the file is read once more, for its records. Otherwise the file is read twice:
    its physical lines (a record starts on a line outside quotes: a running count of quotes, which
    shape.even_quotes makes needless) and its records, joined by their order. A record without a
    line, or a line without a record, has no _source_line: land_bulk hands the file to the row
    reader."""
    width = len(tok.header)
    cells = [f"c{i}" for i in range(width)]
    columns = ", ".join(f"'{c}': 'VARCHAR'" for c in cells)
    delim = "E'\\t'" if tok.delimiter == "\t" else _sql_literal(tok.delimiter)
    null_cells = ", ".join("null" for _ in cells)
    nonblank = [_nonblank(f"r.{c}") for c in cells]
    filled = " + ".join(f"(case when {s} then 1 else 0 end)" for s in nonblank) or "0"
    either = "|".join(f"(?:{p})" for p in layout.footer_patterns)  # one regex per cell, not one per pattern
    footer = " or ".join(_full_match(f"r.{c}", either) for c in cells) if either else "false"
    summary_idx = [tok.mapping[n] for n in layout.summary_when_empty if n in tok.mapping]
    summary = " and ".join(f"not {nonblank[i]}" for i in summary_idx) if summary_idx else "false"
    named_cells = ", ".join(
        f"{_sql_literal(h + '=')} || coalesce(e.{cells[i]}, '')" for i, h in enumerate(tok.header) if h
    )
    row_text = f"concat_ws(' | ', {named_cells})" if raw_values and named_cells else "null"
    picks = []
    for col in layout.columns:
        index = tok.mapping.get(col.name)
        value = f"coalesce(e.{cells[index]}, '')" if index is not None and index < width else "null"
        picks.append(f"cast({value} as varchar) as {col.name}")
    hl = tok.header_line
    shape = shape or LineShape(False)
    outside = (
        "true"
        if shape.even_quotes
        else """coalesce(sum(length(line) - length(replace(line, '"', ''))) over (
            order by n rows between unbounded preceding and 1 preceding), 0) % 2 = 0"""
    )
    if not shape.one_pass:
        line_ctes = f"""
lines as (
    select row_number() over () as n, line
    from {_lines_sql(source, parallel=False)}
),
body as (
    select n, line is null as empty,
        {outside} as outside
    from lines
    where n > {hl}
),
starts as (
    select n, row_number() over (order by n) as k from body where outside and not empty
),"""
        placed = """coalesce(s.n, 0) as n,
        s.k is null or r.k is null as mismatch"""
        records = "from starts as s\n    full outer join recs as r on s.k = r.k"
        unplaced = ""
    else:  # every line after the header that is not blank starts a record
        blank_lines = ", ".join(str(n) for n in shape.blank) if shape.blank else ""
        line_ctes = f"""
body as (
    select n, true as outside, true as empty from {f"unnest([{blank_lines}])" if blank_lines else "range(0)"} as t(n)
),"""
        placed = f"""{_record_line(hl, shape.blank or ())} as n,
        r.k > {shape.records} as mismatch"""
        records = "from recs as r"
        unplaced = f"""
    union all  -- fewer records than lines: a line without its record
    select 0, true, 0, false, false, {null_cells}, false
    from (select count(*) as c from joined) where c < {shape.records}"""
    return f"""
with {line_ctes}
recs as (
    select row_number() over () as k, *
    from read_csv({_sql_literal(source)}, skip = {hl}, header = false, auto_detect = false, all_varchar = true,
                  null_padding = true, strict_mode = false, parallel = false, delim = {delim}, quote = '"',
                  escape = '"', allow_quoted_nulls = false, columns = {{{columns}}})
),
joined as (
    select
        {placed},
        {filled} as filled,
        {footer} as footer_match,
        {summary} as summary,
        {", ".join(f"r.{c}" for c in cells)}
    {records}
),
first_data as (
    select coalesce(min(n), 0) as n from joined where filled > 0
),
events as (
    select j.*, false as empty_line from joined as j
    union all
    select b.n, false, 0, false, false, {null_cells}, true
    from body as b where b.outside and b.empty{unplaced}
),
footer_from as (  -- the first blank line after data, or one-cell footer / summary row: after it,
                  -- one-cell rows are layout rows too (report and org names under the data)
    select coalesce(min(e.n), 9223372036854775807) as n
    from events as e
    cross join first_data as f
    where (e.filled = 0 and e.n > f.n) or (e.filled = 1 and (e.footer_match or e.summary))
),
flagged as (
    select e.*, e.n > ff.n as in_footer
    from events as e
    cross join footer_from as ff
)
select
    case when e.mismatch then null else e.n end as _source_line,
    e.footer_match or (e.in_footer and e.filled <= 1) or e.summary as _is_layout_row,
    cast({row_text} as varchar) as _raw_values,
    {", ".join(picks)}
from flagged as e
where not e.empty_line and (e.filled > 0 or e.mismatch)
"""


def land_bulk(con, path: Path, tok: Tokenized, layout: Layout, facts: dict, target: Path) -> None:
    """Lands a CSV file with DuckDB doing the tokenizing; fills tok's row counts. Raises
    BulkFallback when DuckDB cannot read it as the row reader would (then the row reader lands it).
    Only rejected rows keep the row as exported (_raw_values), and writing it for every row took
    most of a large export's Parquet write: a first pass leaves it out, and only a file with
    rejected rows is read a second time with it."""
    native = tok.bulk == "native"
    source = path
    target.parent.mkdir(parents=True, exist_ok=True)
    if not native:  # UTF-16, a declared encoding or gzip: DuckDB reads the decoded text
        source = target.with_name(target.name + ".csv.tmp")
        source.write_text(tok.text or "", encoding="utf-8")
        tok.text = None
    try:
        try:
            shape = line_shape(con, source.as_posix(), tok.header_line)
        except Exception as err:  # noqa: BLE001 - any DuckDB parse error: the row reader decides
            raise BulkFallback(str(err)) from err
        for raw_values in (False, True):
            rows_sql = bulk_rows_sql(source.as_posix(), tok, layout, raw_values, shape)
            try:
                con.execute(f"create or replace temp view bulk_rows as {rows_sql}")
                con.execute(f"copy ({landed_select(layout, 'bulk_rows', facts)}) to '{target.as_posix()}' (format parquet)")  # fmt: skip
            except Exception as err:  # noqa: BLE001 - any DuckDB parse error: the row reader decides
                target.unlink(missing_ok=True)
                raise BulkFallback(str(err)) from err
            finally:
                con.execute("drop view if exists bulk_rows")
            bad, data, layout_rows, rejected = con.execute(
                "select count(*) filter (where _source_line is null), count(*) filter (where not _is_layout_row), "
                "count(*) filter (where _is_layout_row), count(*) filter (where _reject_reason is not null) "
                f"from read_parquet('{target.as_posix()}')"
            ).fetchall()[0]
            if bad or not rejected:
                break
    finally:
        if not native:
            source.unlink(missing_ok=True)
    if bad:
        target.unlink()
        raise BulkFallback(f"{bad} record(s) whose line the bulk reader cannot place")
    tok.counted = (data, layout_rows)


PLACEHOLDER = "_no_exports.parquet"


def placeholder(con, layout: Layout, landing: Path) -> None:
    """An empty Parquet file with the table's columns, so dbt reads zero rows, not an error."""
    import pandas as pd

    frame = pd.DataFrame(
        {
            k: pd.Series([], dtype="object")
            for k in ["_source_line", "_is_layout_row", "_raw_values", *[c.name for c in layout.columns]]
        }
    )
    con.register("raw_rows", frame)
    target = landing / layout.source / layout.table / PLACEHOLDER
    target.parent.mkdir(parents=True, exist_ok=True)
    con.execute(f"copy ({landed_select(layout, 'raw_rows', {})}) to '{target.as_posix()}' (format parquet)")
    con.unregister("raw_rows")


# -- one table: checks over the landed rows --------------------------------------------------------


def check_table(con, layout: Layout, landed: dict[str, tuple[FileResult, Path]], settings: Settings) -> None:
    """Quarantine, duplicates, FX coverage and the great-expectations suite of one table, over its
    landed files. Files rejected here are removed from the landing folder."""
    files = ", ".join(f"'{p.as_posix()}'" for _, p in landed.values())
    rel = f"read_parquet([{files}], union_by_name = true)"
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
    check_fx(con, layout, rel, by_file, settings)
    run_suite(con, layout, rel, by_file)
    for result, path in landed.values():
        if result.status == "rejected":
            path.unlink()


UNDERLYING = {"period_start": "ad_date", "period_end": "reporting_ends"}  # derived column -> column it comes from


def check_duplicates(con, layout: Layout, rel: str, by_file: dict[str, FileResult]) -> None:
    """A key twice in one file: a warning per later row. A key in an earlier file too (overlapping
    exports, e.g. monthly snapshots of all contacts): one finding per pair of files, counted in SQL
    (such pairs share millions of rows, too many to fetch)."""
    if not layout.key:
        return
    keys = ", ".join(f'"{k}"' for k in layout.key)
    firsts = ", ".join(f'arg_min("{k}", _source_line)' for k in layout.key)
    sql = f"""
        with later as (
            select _source_file, _source_line, first_file, first_line, {keys}
            from (
                select _source_file, _source_line, {keys},
                    first_value(_source_file) over w as first_file,
                    first_value(_source_line) over w as first_line,
                    row_number() over w as n
                from {rel}
                where not _is_layout_row and _reject_reason is null
                window w as (partition by {keys} order by _source_file, _source_line)
            )
            where n > 1
        )
        select _source_file, _source_line, first_file, first_line, 1 as rows, {keys}
        from later
        where first_file = _source_file
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
        if first_file == name:
            result.add("warning", f"duplicate key {tuple(values)} in the same file (line {first_line}): the row of line {first_line} is kept",
                       line=line, column=what)  # fmt: skip
        else:
            overlaps.append((name, first_file, rows, line, tuple(values), first_line, what))
    for name, first_file, rows, line, key, first_line, what in overlaps:
        more = f" and {rows - 1:,} more row(s) whose key is" if rows > 1 else ""
        by_file[name].add("info", f"key {key} (line {line}){more} also in {first_file} (line {first_line} for the first): "
                          "the newest file wins", line=line, column=what)  # fmt: skip


FX_DATE = {
    "hubspot/deals": "created_at",
    "salesforce/opportunities": "created_at",
    "stripe/subscriptions": "started_at",
    "stripe/invoices": "invoiced_at",
    "events/events": "event_date",
    "finance/expenses": "expense_month",
    "finance/pnl": "pnl_month",
    "market/market_size": "quarter_start",
}


def fx_date_column(layout: Layout) -> str | None:
    return "period_start" if layout.source.endswith("_ads") else FX_DATE.get(layout.name)


def check_fx(con, layout: Layout, rel: str, by_file: dict[str, FileResult], settings: Settings) -> None:
    """Every currency and month with an amount must be convertible: in the reporting currency, or
    with a rate for it and for the reporting currency in seeds/reference/fx_rates.csv."""
    date_col = fx_date_column(layout)
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


def suite_candidates(layout: Layout) -> tuple[list[str], list[str], list[str]]:
    """The suite's ID and rate columns, and per column a SQL test that flags every value its
    expectation could fail on (a superset: "E+" or "E-" anywhere in an ID; a rate
    outside 0-100). tests/python/test_validate_exports.py pins the superset on tricky values."""
    ids = [c.name for c in layout.columns if c.kind == "id"]
    rates = list(layout.rate_columns)
    flagged = [f"regexp_matches(coalesce(\"{c}\", ''), 'E[+-]')" for c in ids]
    flagged += [f'try_cast("{c}" as double) not between 0 and 100' for c in rates]
    return ids, rates, flagged


def run_suite(con, layout: Layout, rel: str, by_file: dict[str, FileResult]) -> None:
    """The great-expectations suite of a layout over its landed rows: IDs must not be in the
    scientific notation Excel gives long numbers (reject: digits are lost), and vendor-computed
    rates should lie in 0-100 % (warning only: the warehouse recomputes every rate).

    DuckDB first picks, over every row of the table, the rows an expectation could fail on
    (suite_candidates); great-expectations judges those rows. A row DuckDB does not pick passes
    every expectation, so when it picks none the suite has nothing to judge and is not even
    imported (importing great-expectations costs seconds, most of a next-day landing)."""
    ids, rates, flagged = suite_candidates(layout)
    if not flagged:
        return
    cols = ", ".join(f'"{n}"' for n in [*ids, *rates])
    frame = con.execute(
        f"select _source_file, _source_line, {cols} from {rel} "
        f"where not _is_layout_row and ({' or '.join(flagged)}) order by _source_file, _source_line"
    ).df()
    if frame.empty:
        return
    with SUITE_LOCK:  # tables are checked on several threads; great-expectations runs one suite at a time
        judge_suite(frame, layout, ids, rates, by_file)


SUITE_LOCK = threading.Lock()


def judge_suite(frame, layout: Layout, ids: list[str], rates: list[str], by_file: dict[str, FileResult]) -> None:
    """great-expectations over the rows DuckDB picked (run_suite): findings on the files' results."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    for rate in rates:
        frame[rate] = frame[rate].astype("float64")
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    batch = (
        context.data_sources.add_pandas(name="landed")
        .add_dataframe_asset(name=layout.name.replace("/", "__"))
        .add_batch_definition_whole_dataframe(name="all_rows")
        .get_batch(batch_parameters={"dataframe": frame})
    )
    suite = [(gx.expectations.ExpectColumnValuesToNotMatchRegex(column=c, regex=SCIENTIFIC.pattern), c, "id")
             for c in ids]  # fmt: skip
    suite += [(gx.expectations.ExpectColumnValuesToBeBetween(column=c, min_value=0, max_value=100), c, "rate")
              for c in rates]  # fmt: skip
    for expectation, col, kind in suite:
        outcome = batch.validate(expectation, result_format="COMPLETE")
        if outcome.success:
            continue
        reported: set[str] = set()
        for index in outcome.result.get("unexpected_index_list") or []:
            index = int(index if isinstance(index, int) else index.get("index", index))
            name, line, value = (
                frame.at[index, "_source_file"],
                int(frame.at[index, "_source_line"]),
                frame.at[index, col],
            )
            result = by_file[name]
            header = result.columns.get(col, col)
            if kind == "rate":
                result.add("warning", f"vendor-computed rate {value!r} outside [0, 100] % (a warning only: the warehouse recomputes it)",
                           line=line, column=header)  # fmt: skip
            elif name not in reported:
                reported.add(name)
                result.add(
                    "reject",
                    f"ID {value!r} is in scientific notation: Excel rounded the IDs and lost digits, so records no "
                    "longer join and different ones can collide. Re-download the export from the vendor and do "
                    f"not open it in Excel, or format column {header!r} as Text before saving",
                    line=line,
                    column=header,
                )


# -- column availability and the report ---------------------------------------------------------


def availability(results: list[FileResult]) -> list[dict]:
    """Per table and canonical column: how many accepted files have it."""
    rows = []
    for key, layout in LAYOUTS.items():
        accepted = [r for r in results if r.table == key and r.status == "accepted" and r.header]
        for col in layout.columns:
            rows.append({
                "table_name": key,
                "column_name": col.name,
                "files_total": len(accepted),
                "files_with_column": sum(1 for r in accepted if col.name in r.columns),
            })  # fmt: skip
    return rows


def unavailable_kpis(rows: list[dict]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in rows:
        if row["files_total"] and row["files_with_column"] < row["files_total"]:
            col = LAYOUTS[row["table_name"]].column(row["column_name"])
            if col.feeds:
                out.setdefault(row["table_name"], []).append(
                    f"{', '.join(col.feeds)}: needs column {col.headers[0]!r} "
                    f"(in {row['files_with_column']} of {row['files_total']} file(s))"
                )
    return out


def write_report(results: list[FileResult], unknown: list[str], kpis: dict[str, list[str]], report: Path) -> dict:
    report.mkdir(parents=True, exist_ok=True)
    summary = {
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "files": len(results),
        "accepted": sum(r.status == "accepted" for r in results),
        "rejected": sum(r.status == "rejected" for r in results),
        "quarantined_rows": sum(r.quarantined_rows for r in results if r.status == "accepted"),
        "unchanged": sum(r.landing == "unchanged" for r in results),
        "unknown_paths": unknown,
        "unavailable_kpis": kpis,
        "results": [asdict(r) for r in results],
    }
    (report / "validation_summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    colours = {"reject": "#b00020", "quarantine": "#b35c00", "warning": "#6b6b00", "info": "#245"}
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>Export validation</title><style>",
        "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
        "padding:4px 8px;text-align:left;vertical-align:top}.rejected{color:#b00020;font-weight:bold}</style></head><body>",
        f"<h1>Export validation</h1><p>{summary['generated_at']}: {summary['files']} files, {summary['accepted']} "
        f"accepted, {summary['rejected']} rejected, {summary['quarantined_rows']} rows to quarantine.</p>",
    ]
    if kpis:
        parts.append("<h2>KPIs unavailable for lack of a column</h2><ul>")
        for table, items in sorted(kpis.items()):
            parts += [f"<li>{html.escape(table)}: {html.escape(item)}</li>" for item in items]
        parts.append("</ul>")
    parts.append(
        "<table><tr><th>table</th><th>file</th><th>status</th><th>encoding</th><th>data rows</th>"
        "<th>quarantined</th><th>findings</th></tr>"
    )
    for r in sorted(results, key=lambda r: (r.status != "rejected", r.table, r.file)):
        items = "".join(
            f"<li style='color:{colours[f.severity]}'>{html.escape(f.text())}</li>" for f in r.findings[:50]
        ) + (f"<li>… {len(r.findings) - 50} more in validation_summary.json</li>" if len(r.findings) > 50 else "")
        parts.append(
            f"<tr><td>{html.escape(r.table)}</td><td>{html.escape(r.file)}</td><td class='{r.status}'>{r.status}</td>"
            f"<td>{r.encoding or ''}</td><td>{r.data_rows}</td><td>{r.quarantined_rows}</td><td><ul>{items}</ul></td></tr>"
        )
    parts.append("</table>")
    if unknown:
        parts.append("<h2>Not read</h2><ul>" + "".join(f"<li>{html.escape(u)}</li>" for u in unknown) + "</ul>")
    parts.append("</body></html>")
    (report / "validation_report.html").write_text("".join(parts), encoding="utf-8")
    return summary


# -- main ---------------------------------------------------------------------------------------


def discover(exports: Path) -> tuple[list[tuple[Path, str, Layout]], list[str]]:
    found, unknown = [], []
    for path in sorted(p for p in exports.rglob("*") if p.is_file()):
        rel = path.relative_to(exports)
        key = "/".join(rel.parts[:2])
        if len(rel.parts) != 3 or key not in LAYOUTS:
            unknown.append(f"{rel}: not <source>/<table>/<file> of a known table (known: {sorted(LAYOUTS)})")
        elif not path.name.endswith(SUFFIXES):
            unknown.append(f"{rel}: unsupported file type (expected {', '.join(SUFFIXES)})")
        else:
            found.append((path, rel.as_posix(), LAYOUTS[key]))
    return found, unknown


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


@contextlib.contextmanager
def cursor_pool(con, workers: int, jobs: int):
    """A thread pool of at most `workers` threads (no more than `jobs`), and a function giving the
    calling thread its own cursor on `con` (temp views and registered frames are per connection; the
    database, its memory limit and its threads are shared). The cursors close with the pool."""
    local, cursors = threading.local(), []

    def cursor():
        if not hasattr(local, "con"):
            local.con = con.cursor()
            cursors.append(local.con)
        return local.con

    try:
        with ThreadPoolExecutor(max_workers=max(1, min(workers, jobs or 1))) as pool:
            yield pool, cursor
    finally:
        for c in cursors:
            c.close()


def check_tables(
    con,
    landed: dict[str, dict[str, tuple[FileResult, Path]]],
    settings: Settings,
    ledger: Ledger,
    workers: int = 1,
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
    for key in todo:
        files = landed[key]
        if all(result.status == "accepted" for result, _ in files.values()):
            ledger.record_table(
                key,
                {name: [asdict(f) for f in result.findings[marks[key][name] :]] for name, (result, _) in files.items()},
                {name: result.quarantined_rows for name, (result, _) in files.items()},
            )


def tidy_landing(con, landing: Path, keep: set[Path]) -> None:
    """Removes the Parquet files of exports gone, changed in name or rejected; an empty placeholder
    for every table without an accepted export."""
    for layout in LAYOUTS.values():
        folder = landing / layout.source / layout.table
        mine = {p for p in keep if p.parent == folder} or {folder / PLACEHOLDER}
        for stale in folder.glob("*") if folder.is_dir() else []:
            if stale not in mine:
                stale.unlink()
        if mine == {folder / PLACEHOLDER} and not (folder / PLACEHOLDER).exists():
            placeholder(con, layout, landing)


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


def parse_encodings(values: list[str]) -> dict[str, str]:
    pairs = list(values) + [p for p in os.environ.get("KPI_EXPORT_ENCODINGS", "").split(",") if p.strip()]
    out = {}
    for pair in pairs:
        key, _, enc = pair.partition("=")
        if key.strip() not in LAYOUTS or not enc.strip():
            raise SystemExit(f"--encoding expects <source>/<table>=<encoding> with a known table, got {pair!r}")
        out[key.strip()] = enc.strip()
    return out


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
    parser.add_argument("--full", action="store_true",
                        help="land every file afresh, ignoring the landing folder's ledger of unchanged files")  # fmt: skip
    args = parser.parse_args(argv)
    if not args.exports.is_dir():
        print(f"validate_exports: exports folder {args.exports} does not exist", file=sys.stderr)
        return 2
    encodings = parse_encodings(args.encoding)
    settings = load_settings(args.account_currency)
    print(f"validate_exports: checking {args.exports} …", flush=True)
    results, unknown, rows = validate_folder(
        args.exports, encodings, args.landing, settings, progress=not args.quiet, full=args.full
    )
    kpis = unavailable_kpis(rows)
    summary = write_report(results, unknown, kpis, args.report)
    for r in results:
        for f in r.findings:
            if f.severity == "reject" or (not args.quiet and f.severity in ("warning", "info")):
                print(f.text())
    for u in unknown:
        print(f"NOT READ: {u}")
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
