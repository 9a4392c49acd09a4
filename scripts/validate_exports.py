"""Validate a folder of raw exports before the build, and land the accepted files for dbt.

    python scripts/validate_exports.py [--exports DIR] [--landing DIR] [--report DIR]
                                       [--encoding source/table=cp1251 ...]

Every file under <exports>/<source>/<table>/ (.csv, .csv.gz, .parquet) is checked against its
export layout (scripts/export_layouts.py) with a great-expectations suite per layout: it decodes
(UTF-8, UTF-8 with BOM, UTF-16 with BOM as Excel writes it, or an encoding declared per table), the
header sits where the vendor puts it and has the required columns (extra or reordered columns are
reported, not rejected), it is not truncated, and its rows have IDs, dates and numbers in the
vendor's formats and in range. Rows that break a row rule are listed as "quarantine": the file is
accepted and staging moves those rows to the quarantine models with the same reason.

With --landing, every accepted file is written to <landing>/<source>/<table>/<file>.csv in the
encoding and delimiter dbt reads (decompressed, converted from parquet, tab variants turned into
commas), and a table with no accepted file gets a header-only placeholder, so `dbt build` always
finds every table. Writes <report>/validation_report.html (offline) and validation_summary.json.
Exit code: 0 when no file is rejected, 1 otherwise, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import difflib
import gzip
import html
import io
import json
import os
import re
import shutil
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from export_layouts import LAYOUTS, Layout, matches  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("TQDM_DISABLE", "1")  # great-expectations progress bars
SUFFIXES = (".csv", ".csv.gz", ".parquet")
NUMBER = re.compile(r"^\s*[-+]?\s*(?:NT\$|\$|₫|€|£)?\s*[-+]?[\d,]*\.?\d+\s*%?\s*$")
NULLS = {"", "--", "-", "n/a", "N/A", "(not set)"}


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
    quarantined_rows: int = 0
    header: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def add(self, severity: str, message: str, line: int | None = None, column: str | None = None) -> None:
        self.findings.append(Finding(self.file, severity, message, line, column))
        if severity == "reject":
            self.status = "rejected"


@dataclass
class Parsed:
    """A decoded file: preamble lines, header and data rows with their line numbers."""

    preamble: list[str]
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file, cells)


# -- reading -----------------------------------------------------------------------------------


def read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def decode(data: bytes, declared: str | None, result: FileResult) -> str | None:
    """UTF-16 with BOM, UTF-8 (with or without BOM), else the declared encoding; None = rejected."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        result.encoding = "utf-16"
        return data.decode("utf-16")
    try:
        text = data.decode("utf-8-sig")
        result.encoding = "utf-8-sig" if data[:3] == b"\xef\xbb\xbf" else "utf-8"
        return text
    except UnicodeDecodeError as err:
        if declared:
            try:
                result.encoding = declared
                return data.decode(declared)
            except (UnicodeDecodeError, LookupError) as err2:
                result.add("reject", f"does not decode as the declared encoding {declared}: {err2}")
                return None
        line = data[: err.start].count(b"\n") + 1
        result.add(
            "reject",
            f"not UTF-8 or UTF-16 (byte 0x{data[err.start]:02x} at byte {err.start}). Re-export as UTF-8, or "
            f"declare the file's encoding: --encoding {result.table}=<encoding> (e.g. big5, cp1251)",
            line=line,
        )
        return None


def split_preamble(text: str, skip: int) -> tuple[list[str], str, int]:
    """The first `skip` physical lines, the rest of the text, and the line number the rest starts on."""
    preamble, rest = [], text
    for _ in range(skip):
        if "\n" not in rest:
            preamble.append(rest.rstrip("\r"))
            rest = ""
            break
        line, rest = rest.split("\n", 1)
        preamble.append(line.rstrip("\r"))
    return preamble, rest, skip + 1


def sniff_delimiter(header_line: str, layout: Layout) -> str:
    counts = {d: header_line.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else layout.delimiter


def parse_text(text: str, layout: Layout, result: FileResult) -> Parsed | None:
    if not text.strip():
        result.add("reject", "empty file")
        return None
    preamble, body, first_line = split_preamble(text, layout.skip)
    header_line = body.split("\n", 1)[0]
    delimiter = sniff_delimiter(header_line, layout)
    result.delimiter = delimiter
    if delimiter == ";":
        result.add(
            "reject",
            "semicolon-delimited file (Excel with a European locale?): numbers may carry decimal commas. "
            f"Re-export it comma-separated; expected delimiter {layout.delimiter!r}",
            line=first_line,
        )
        return None
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter, quotechar='"', strict=True)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    try:
        previous = 0
        for cells in reader:
            line = first_line + previous
            previous = reader.line_num
            if header is None:
                header = [c.strip().lstrip("\ufeff") for c in cells]
                continue
            rows.append((line, cells))
    except csv.Error as err:
        result.add(
            "reject",
            f"file is truncated or malformed ({err}): an unterminated quoted field",
            line=first_line + previous,
        )
        return None
    if header is None:
        result.add("reject", "no header line after the preamble." + header_hint(preamble, layout), line=first_line)
        return None
    return Parsed(preamble, header, rows)


def parse_parquet(path: Path, layout: Layout, result: FileResult) -> Parsed | None:
    import duckdb

    if not layout.parquet_allowed:
        result.add("reject", f"{layout.name} must be the vendor's CSV export: its preamble carries data (the period)")
        return None
    con = duckdb.connect()
    rel = con.execute(f"select * from read_parquet('{path.as_posix()}')")
    header = [d[0] for d in rel.description]
    rows = [(n + 2, ["" if v is None else str(v) for v in r]) for n, r in enumerate(rel.fetchall())]
    result.encoding, result.delimiter = "parquet", None
    return Parsed([f"# converted from {path.name}"] * layout.skip, header, rows)


# -- checks ------------------------------------------------------------------------------------


def header_hint(preamble: list[str], layout: Layout) -> str:
    """Where the header seems to be when it is not after the vendor's preamble."""
    for n, line in enumerate(preamble, start=1):
        if all(p.strip("*").lower() in line.lower() for p in layout.required[:2]):
            return f" The header looks like line {n}: expected {layout.skip} preamble line(s) before it."
    return ""


def find_column(header: list[str], pattern: str) -> str | None:
    return next((h for h in header if matches(pattern, h)), None)


def check_header(parsed: Parsed, layout: Layout, result: FileResult) -> bool:
    header = parsed.header
    result.header = header
    seen: dict[str, int] = {}
    for name in header:
        seen[name] = seen.get(name, 0) + 1
    duplicates = [n for n, c in seen.items() if c > 1 and n]
    if duplicates:
        result.add("reject", f"duplicate column(s) in the header: {duplicates}; each column must appear once")
    missing = [p for p in layout.required if find_column(header, p) is None]
    if missing:
        hint = header_hint(parsed.preamble, layout)
        for p in missing:
            used = {find_column(header, q) for q in layout.required} - {None}
            close = [h for h in header if p.strip("*").lower() in h.lower() and h not in used]
            close = close or difflib.get_close_matches(
                p.strip("*"), [h for h in header if h not in used], n=1, cutoff=0.6
            )
            renamed = f"; found {close[0]!r} instead (renamed?)" if close else ""
            result.add(
                "reject",
                f"missing required column {p!r}{renamed}. Expected columns: {list(layout.required)}; "
                f"found header: {header}.{hint}",
                line=layout.skip + 1,
                column=p,
            )
        return False
    known = set(layout.required) | set(layout.known)
    extra = [h for h in header if h and not any(matches(k, h) for k in known)]
    if extra:
        result.add("info", f"new column(s) not used by the warehouse (kept in the landing file, ignored): {extra}")
    expected_order = [h for h in header if any(matches(k, h) for k in layout.required)]
    canonical = [find_column(header, p) for p in layout.required]
    if expected_order != canonical:
        result.add("info", f"columns are in a different order than usual ({expected_order}); they are read by name")
    return result.status != "rejected"


def is_layout_row(cells: list[str], layout: Layout) -> bool:
    first = cells[0].strip() if cells else ""
    if not any(c.strip() for c in cells):
        return True
    if layout.layout_single_cell and first and not any(c.strip() for c in cells[1:]):
        return True
    return any(first.startswith(p) for p in layout.layout_first_cell)


def check_truncation(parsed: Parsed, layout: Layout, text_ends_with_newline: bool, result: FileResult) -> None:
    if not parsed.rows:
        return
    line, cells = parsed.rows[-1]
    if not is_layout_row(cells, layout) and len(cells) < len(parsed.header) and not text_ends_with_newline:
        result.add(
            "reject",
            f"file is truncated: the last row has {len(cells)} of {len(parsed.header)} fields and no line end",
            line=line,
        )


def to_number(text: str) -> float | None:
    t = text.strip()
    if t in NULLS:
        return None
    if not NUMBER.match(t):
        return None
    t = re.sub(r"NT\$|[$₫€£%,\s]", "", t)
    try:
        return float(t)
    except ValueError:
        return None


def strftime_regex(formats: list[str]) -> str:
    tokens = {"%Y": r"\d{4}", "%y": r"\d{2}", "%m": r"\d{1,2}", "%d": r"\d{1,2}", "%H": r"\d{1,2}", "%I": r"\d{1,2}",
              "%M": r"\d{2}", "%S": r"\d{2}", "%b": r"[A-Za-z]{3}", "%p": r"(?:AM|PM|am|pm)"}  # fmt: skip
    alternatives = []
    for f in formats:
        pattern = re.escape(f)
        for token, rx in tokens.items():
            pattern = pattern.replace(re.escape(token), rx)
        alternatives.append(pattern)
    return r"^\s*(?:" + "|".join(alternatives) + r")\s*$"


def to_date(text: str, formats: list[str]) -> dt.date | None:
    for f in formats:
        try:
            return dt.datetime.strptime(text.strip(), f).date()
        except ValueError:
            continue
    return None


def check_rows(parsed_files: list[tuple[FileResult, Parsed]], layout: Layout) -> None:
    """Row rules of one table, as one great-expectations suite over the table's data rows."""
    import great_expectations as gx
    import pandas as pd

    records, origin = [], []
    for result, parsed in parsed_files:
        for line, cells in parsed.rows:
            if is_layout_row(cells, layout):
                continue
            result.data_rows += 1
            row = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(parsed.header) if h}
            records.append(row)
            origin.append((result, line))
    if not records:
        for result, _ in parsed_files:
            result.add("warning", "no data rows (header only)")
        return
    df = pd.DataFrame.from_records(records).replace({v: None for v in NULLS})
    columns = list(df.columns)
    expectations: list[tuple[object, str, str]] = []  # (expectation, column, what it means)
    for id_col in layout.ids:
        col = find_column(columns, id_col)
        if col:
            expectations.append((gx.expectations.ExpectColumnValuesToNotBeNull(column=col), col, "missing ID"))
    today = pd.Timestamp(dt.date.today())
    for pattern, formats in layout.dates.items():
        col = find_column(columns, pattern)
        if not col:
            continue
        rx = strftime_regex(formats)
        expectations.append((gx.expectations.ExpectColumnValuesToMatchRegex(column=col, regex=rx), col,
                             f"date not in the vendor's format(s) {formats}"))  # fmt: skip
        parsed_dates = df[col].map(lambda v, f=formats: to_date(v, f) if isinstance(v, str) else None)
        bad = df[col].notna() & parsed_dates.isna() & df[col].fillna("").str.match(rx)
        helper = f"{col} (as date)"
        df[helper] = pd.to_datetime(parsed_dates, errors="coerce")
        df.loc[bad, helper] = pd.NaT
        if bad.any():
            df[f"{col} (valid date)"] = ~bad
            expectations.append((gx.expectations.ExpectColumnValuesToBeInSet(column=f"{col} (valid date)", value_set=[True]),
                                 col, "not a real calendar date"))  # fmt: skip
        if pattern in layout.activity_dates:
            expectations.append((gx.expectations.ExpectColumnValuesToBeBetween(column=helper, max_value=today), col,
                                 "date in the future"))  # fmt: skip
    for pattern, (low, high) in layout.numbers.items():
        col = find_column(columns, pattern)
        if not col:
            continue
        expectations.append((gx.expectations.ExpectColumnValuesToMatchRegex(column=col, regex=NUMBER.pattern), col,
                             "not a number"))  # fmt: skip
        helper = f"{col} (as number)"
        df[helper] = df[col].map(lambda v: to_number(v) if isinstance(v, str) else None).astype("float64")
        if low is not None or high is not None:
            kwargs = {k: v for k, v in (("min_value", low), ("max_value", high)) if v is not None}
            rng = f"outside [{low if low is not None else '-inf'}, {high if high is not None else 'inf'}]"
            if pattern in layout.rate_columns:
                rng += " (a vendor-computed rate the warehouse recomputes: WARNING only)"
            expectations.append((gx.expectations.ExpectColumnValuesToBeBetween(column=helper, **kwargs), col, rng))
    if layout.currency and find_column(columns, layout.currency):
        col = find_column(columns, layout.currency)
        df[f"{col} (upper)"] = df[col].str.strip().str.upper()
        expectations.append((gx.expectations.ExpectColumnValuesToBeInSet(column=f"{col} (upper)", value_set=known_currencies()),
                             col, "currency not in seeds/reference/fx_rates.csv (add its rates there)"))  # fmt: skip
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    batch = (
        context.data_sources.add_pandas(name="exports")
        .add_dataframe_asset(name=layout.name.replace("/", "__"))
        .add_batch_definition_whole_dataframe(name="all_rows")
        .get_batch(batch_parameters={"dataframe": df})
    )
    bad_rows: set[int] = set()
    for expectation, col, meaning in expectations:
        outcome = batch.validate(expectation, result_format="COMPLETE")
        if outcome.success:
            continue
        warn_only = "WARNING only" in meaning
        for index in outcome.result.get("unexpected_index_list") or []:
            index = index if isinstance(index, int) else index.get("index", index)
            result, line = origin[int(index)]
            value = df.at[int(index), col]
            if warn_only:
                result.add("warning", f"{meaning} (value {value!r})", line=line, column=col)
                continue
            result.add("quarantine", f"{meaning} (value {value!r}); the row goes to quarantine", line=line, column=col)
            bad_rows.add(int(index))
    for index in bad_rows:
        origin[index][0].quarantined_rows += 1
    # duplicate keys: within one file one row is kept; across files the newest file wins
    key_columns = [find_column(columns, k) for k in layout.key]
    if key_columns and all(key_columns):
        first_seen: dict[tuple, tuple[FileResult, int]] = {}
        for index, values in enumerate(df[key_columns].itertuples(index=False, name=None)):
            if any(v is None for v in values):
                continue
            result, line = origin[index]
            if values in first_seen:
                other, other_line = first_seen[values]
                if other is result:
                    result.add("warning", f"duplicate key {values} in the same file (line {other_line}): one row is kept",
                               line=line, column=", ".join(key_columns))  # fmt: skip
                else:
                    result.add("info", f"key {values} also in {other.file} (line {other_line}): the newest file wins",
                               line=line, column=", ".join(key_columns))  # fmt: skip
            else:
                first_seen[values] = (result, line)


def known_currencies() -> list[str]:
    with open(ROOT / "seeds" / "reference" / "fx_rates.csv", newline="", encoding="utf-8") as fh:
        return sorted({r["currency_code"].upper() for r in csv.DictReader(fh)})


# -- landing -----------------------------------------------------------------------------------


def land(result: FileResult, parsed: Parsed, layout: Layout, landing: Path, name: str, loaded_at: str) -> None:
    """Write the accepted file where dbt reads it, in the layout's encoding and delimiter, with a
    _loaded_at column appended (blank lines stay blank so they are not read as rows)."""
    target = landing / layout.source / layout.table / (re.sub(r"\.(csv\.gz|parquet)$", ".csv", name))
    target.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO(newline="")
    for line in parsed.preamble:
        buffer.write(line + "\n")
    writer = csv.writer(buffer, delimiter=layout.delimiter, quotechar='"', lineterminator="\n")
    width = len(parsed.header)
    writer.writerow([*parsed.header, "_loaded_at"])
    for _, cells in parsed.rows:
        if any(c.strip() for c in cells):
            writer.writerow([*cells, *[""] * (width - len(cells)), loaded_at])
        else:
            writer.writerow(cells)
    target.write_bytes(buffer.getvalue().encode(layout.encoding))


def placeholder(layout: Layout, landing: Path) -> None:
    """A header-only file for a table with no accepted export, so dbt reads zero rows, not an error."""
    folder = landing / layout.source / layout.table
    folder.mkdir(parents=True, exist_ok=True)
    names = list(dict.fromkeys([*layout.required, *layout.known]))
    header = [p.replace("*recommend*", "recommend").replace("*satisf*", "satisfaction").replace("(*", "(USD)")
              for p in names]  # fmt: skip
    buffer = io.StringIO(newline="")
    for _ in range(layout.skip):
        buffer.write("# no export landed for this table\n")
    csv.writer(buffer, delimiter=layout.delimiter, lineterminator="\n").writerow([*header, "_loaded_at"])
    (folder / "_no_exports.csv").write_bytes(buffer.getvalue().encode(layout.encoding))


# -- report ------------------------------------------------------------------------------------


def write_report(results: list[FileResult], unknown: list[str], report: Path) -> dict:
    report.mkdir(parents=True, exist_ok=True)
    summary = {
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "files": len(results),
        "accepted": sum(r.status == "accepted" for r in results),
        "rejected": sum(r.status == "rejected" for r in results),
        "quarantined_rows": sum(r.quarantined_rows for r in results),
        "unknown_paths": unknown,
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
        "<table><tr><th>table</th><th>file</th><th>status</th><th>encoding</th><th>data rows</th>"
        "<th>quarantined</th><th>findings</th></tr>",
    ]
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


# -- main --------------------------------------------------------------------------------------


def validate_folder(
    exports: Path, encodings: dict[str, str]
) -> tuple[list[tuple[FileResult, Parsed | None]], list[str]]:
    outcomes: list[tuple[FileResult, Parsed | None]] = []
    unknown: list[str] = []
    for path in sorted(p for p in exports.rglob("*") if p.is_file()):
        rel = path.relative_to(exports)
        key = "/".join(rel.parts[:2])
        if len(rel.parts) != 3 or key not in LAYOUTS:
            unknown.append(f"{rel}: not <source>/<table>/<file> of a known table (known: {sorted(LAYOUTS)})")
            continue
        if not path.name.endswith(SUFFIXES):
            unknown.append(f"{rel}: unsupported file type (expected {', '.join(SUFFIXES)})")
            continue
        outcomes.append(validate_file(path, str(rel), LAYOUTS[key], encodings.get(key)))
    by_table: dict[str, list[tuple[FileResult, Parsed]]] = {}
    for result, parsed in outcomes:
        if result.status == "accepted" and parsed is not None:
            by_table.setdefault(result.table, []).append((result, parsed))
    for key, files in by_table.items():
        check_rows(files, LAYOUTS[key])
    return outcomes, unknown


def validate_file(path: Path, name: str, layout: Layout, declared: str | None) -> tuple[FileResult, Parsed | None]:
    result = FileResult(file=name, table=layout.name)
    if path.name.endswith(".parquet"):
        parsed = parse_parquet(path, layout, result)
    else:
        data = read_bytes(path)
        if not data.strip():
            result.add("reject", "empty file (0 bytes of content)")
            return result, None
        text = decode(data, declared, result)
        if text is None:
            return result, None
        if result.encoding not in ("utf-8", "utf-8-sig", layout.encoding):
            result.add("info", f"encoding {result.encoding}: converted to {layout.encoding} in the landing folder")
        parsed = parse_text(text, layout, result)
        if parsed is not None and result.delimiter != layout.delimiter:
            result.add("info", f"delimiter {result.delimiter!r} (expected {layout.delimiter!r}): converted when landed")
        if parsed is not None:
            check_truncation(parsed, layout, text.endswith(("\n", "\r")), result)
    if parsed is None or result.status == "rejected":
        return result, None
    if not check_header(parsed, layout, result):
        return result, None
    return result, parsed


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
    parser.add_argument("--landing", type=Path, help="write accepted files (and placeholders) here for dbt to read")
    parser.add_argument("--report", type=Path, default=ROOT / "warehouse" / "validation")
    parser.add_argument("--encoding", action="append", default=[], help="<source>/<table>=<encoding>, repeatable")
    parser.add_argument("--quiet", action="store_true", help="print only rejections and the summary line")
    args = parser.parse_args(argv)
    if not args.exports.is_dir():
        print(f"validate_exports: exports folder {args.exports} does not exist", file=sys.stderr)
        return 2
    encodings = parse_encodings(args.encoding)
    print(f"validate_exports: checking {args.exports} …", flush=True)
    outcomes, unknown = validate_folder(args.exports, encodings)
    results = [r for r, _ in outcomes]
    summary = write_report(results, unknown, args.report)
    for r in results:
        for f in r.findings:
            if f.severity == "reject" or (not args.quiet and f.severity in ("warning", "info")):
                print(f.text())
    for u in unknown:
        print(f"NOT READ: {u}")
    if args.landing:
        if args.landing.exists():
            shutil.rmtree(args.landing)
        landed = set()
        loaded_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        for result, parsed in outcomes:
            if result.status == "accepted" and parsed is not None:
                land(result, parsed, LAYOUTS[result.table], args.landing, Path(result.file).name, loaded_at)
                landed.add(result.table)
        for key, layout in LAYOUTS.items():
            if key not in landed:
                placeholder(layout, args.landing)
                print(f"NOTE: no accepted export for {key}: the table is empty in this build")
    print(
        f"validate_exports: {summary['files']} files, {summary['accepted']} accepted, {summary['rejected']} rejected, "
        f"{summary['quarantined_rows']} rows to quarantine. Report: {args.report / 'validation_report.html'}"
    )
    return 1 if summary["rejected"] else 0


if __name__ == "__main__":
    sys.exit(main())
