"""The bulk reader: DuckDB tokenizes a large CSV export's rows (the row reader in landing/header.py
is the reference it must agree with, and takes every file this one cannot vouch for)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from landing.apply import landed_select
from landing.header import PreambleOnly, Rejected, Tokenized, head, header_tokens, last_line_whole
from landing.opening import MAX_LINE_CHARS
from landing.rulebook import Layout
from landing.sql import ident, literal
from landing.values import AMBIGUOUS, COMMA_NUMBER, DECIDING_DATE, DOT_NUMBER, NUMERIC_DATE, Evidence, stripped_sql

SCAN_CHUNK = 16 << 20


def scan_csv(path: Path, layout: Layout) -> Tokenized | None:
    """The header of a UTF-8 CSV file whose rows the bulk reader can vouch for, read in chunks of
    its bytes rather than its decoded text (a 600 MB export would take 1-2 GB as a Python string):
    the header from the head, and the bulk reader's conditions (no carriage return, balanced
    quotes, a whole last line, no line longer than MAX_LINE_CHARS). None when the row reader must
    look (UTF-16, a head that is not UTF-8, a header not in the head, a line too long: it rejects
    them). DuckDB rejects invalid UTF-8 further on, and the row reader then gives the verdict."""
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
            tok = header_tokens(text.split("\n"), layout, encoding)
        except (PreambleOnly, Rejected):
            return None
        tok.sample, tok.sample_complete = sample_rows(first, tok, whole=len(first) < SCAN_CHUNK)
        quotes, tail, chunk = 0, b"", first
        while chunk:
            if b"\r" in chunk:
                return None
            quotes += chunk.count(b'"')  # 0x22 is never part of a multi-byte UTF-8 character
            cut = chunk.rfind(b"\n")
            tail = tail + chunk if cut < 0 else chunk[cut + 1 :]
            if len(tail) > MAX_LINE_CHARS or (cut >= 0 and longest_line(chunk) > MAX_LINE_CHARS):
                return None  # a line longer than the cap: the row reader rejects the file
            chunk = fh.read(SCAN_CHUNK)
    if quotes % 2 or not last_line_whole(tail.decode("utf-8", errors="replace"), tok):
        return None
    return tok


SAMPLE_ROWS = 1000


def sample_rows(first: bytes, tok: Tokenized, whole: bool) -> tuple[list[list[str]], bool]:
    """The cells of the first SAMPLE_ROWS records after the header, from the file's first chunk:
    the evidence of its locale that costs no extra read (landing/values.py); and whether they are
    all the file's records (`whole`: the chunk is the whole file)."""
    try:
        text = (first if whole else first[: first.rfind(b"\n") + 1]).decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], False
    lines = text.split("\n")[tok.header_line :]
    out = []
    try:
        for cells in csv.reader(lines, delimiter=tok.delimiter, quotechar='"'):
            out.append(cells)
            if len(out) >= SAMPLE_ROWS:
                return out, False
    except csv.Error:
        return out, False
    return out, whole


def locale_evidence(con, tok: Tokenized, layout: Layout) -> Evidence:
    """The locale evidence of a file the bulk reader lands: its first rows (tok.sample), and when
    those are not the whole file and leave a date or number column undecided (or empty), one look
    over all the file's values, DuckDB picking for each such column a few that could decide (with
    the same regular expressions), Python judging them."""
    evidence = Evidence()
    dates = [c for c in layout.columns if c.kind in ("date", "timestamp") and c.name in tok.mapping]
    numbers = [c for c in layout.columns if c.kind in ("integer", "number") and c.name in tok.mapping]
    seen: dict[str, bool] = {}
    for cells in tok.sample:
        for col in (*dates, *numbers):
            index = tok.mapping[col.name]
            value = cells[index].strip() if index < len(cells) else ""
            if not value:
                continue
            seen[col.name] = True
            (evidence.date if col in dates else evidence.number)(col.name, value)
    if tok.sample_complete:
        return evidence
    picks = []  # (column, SQL of one candidate value)
    if not (evidence.day_first or evidence.month_first):
        for col in dates:
            if col.name in evidence.numeric_dates or not seen.get(col.name):
                c = f"trim({ident(col.name)})"
                for pattern in (DECIDING_DATE, NUMERIC_DATE):  # a value that decides, else one that needs deciding
                    picks.append((col.name, f"any_value({c}) filter (where regexp_matches({c}, {literal(pattern)}))"))
    for col in numbers:  # a count reads an ambiguous 1,234 as thousands either way: only amounts need a look
        if col.kind == "number" and (col.name in evidence.undecided_numbers() or not seen.get(col.name)):
            c = stripped_sql(f"trim({ident(col.name)})")
            dot, comma = (f"regexp_full_match({c}, {literal(r)})" for r in (DOT_NUMBER, COMMA_NUMBER))
            deciding = f"{dot} <> {comma} and not regexp_full_match({c}, {literal(AMBIGUOUS)})"
            for mark in (dot, comma):  # a value only a point reads, one only a comma reads
                picks.append((col.name, f"any_value({c}) filter (where {deciding} and {mark})"))
    if picks:
        row = con.execute("select " + ", ".join(sql for _, sql in picks) + " from bulk_rows").fetchone()
        for (column, _), value in zip(picks, row, strict=True):
            if value is not None:
                (evidence.date if column in {c.name for c in dates} else evidence.number)(column, value)
    return evidence


def longest_line(chunk: bytes) -> int:
    """The longest run of bytes between line ends in a chunk (lines cut by the chunk's edges count
    their part in it): a cheap bound, in C, for the line-length cap."""
    return max(map(len, chunk.split(b"\n"))) if len(chunk) > MAX_LINE_CHARS else 0


BULK_MIN_BYTES = 256 * 1024  # from this size DuckDB tokenizes the rows (below, the row reader is faster)


class BulkFallback(Exception):
    """The bulk reader cannot vouch for this file (a truncated or oddly quoted one): land it row by row."""


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
    return f"regexp_full_match(coalesce({cell}, ''), {literal(f'{BLANK}*(?:{pattern}){BLANK}*')})"


def _lines_sql(source: str, parallel: bool) -> str:
    """The physical lines of a file, one VARCHAR column `line` (no quoting, no delimiter)."""
    return (
        f"read_csv({literal(source)}, header = false, auto_detect = false, delim = E'\\x01', quote = '', "
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
    delim = "E'\\t'" if tok.delimiter == "\t" else literal(tok.delimiter)
    null_cells = ", ".join("null" for _ in cells)
    nonblank = [_nonblank(f"r.{c}") for c in cells]
    filled = " + ".join(f"(case when {s} then 1 else 0 end)" for s in nonblank) or "0"
    either = "|".join(f"(?:{p})" for p in layout.footer_patterns)  # one regex per cell, not one per pattern
    footer = " or ".join(_full_match(f"r.{c}", either) for c in cells) if either else "false"
    summary_idx = [tok.mapping[n] for n in layout.summary_when_empty if n in tok.mapping]
    summary = " and ".join(f"not {nonblank[i]}" for i in summary_idx) if summary_idx else "false"
    named_cells = ", ".join(f"{literal(h + '=')} || coalesce(e.{cells[i]}, '')" for i, h in enumerate(tok.header) if h)
    row_text = f"concat_ws(' | ', {named_cells})" if raw_values and named_cells else "null"
    # the hash of the row as exported, as the row writer computes it (every named column)
    row_hash = f"hash(concat_ws(' | ', {named_cells}))" if named_cells and layout.additive else "null"
    used = set(tok.mapping.values())
    outside = [
        f"{literal(h + '=')} || coalesce(e.{cells[i]}, '')" for i, h in enumerate(tok.header) if h and i not in used
    ]
    segment = f"concat_ws(' | ', {', '.join(outside)})" if layout.additive and outside else "null"
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
    from read_csv({literal(source)}, skip = {hl}, header = false, auto_detect = false, all_varchar = true,
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
    {row_hash} as _row_hash,
    cast({segment} as varchar) as _segment,
    {", ".join(picks)}
from flagged as e
where not e.empty_line and (e.filled > 0 or e.mismatch)
"""


def land_bulk(con, source: Path, tok: Tokenized, layout: Layout, settle, target: Path) -> None:
    """Lands a UTF-8 CSV file (the export, or its text transcoded) with DuckDB doing the
    tokenizing; fills tok's row counts. Raises BulkFallback when DuckDB cannot read it as the row
    reader would (then the row reader lands it). Only rejected rows keep the row as exported
    (_raw_values), and writing it for every row took most of a large export's Parquet write: a
    first pass leaves it out, and only a file with rejected rows is read a second time with it.
    settle(evidence) gives the facts from the file's locale evidence (locale_evidence)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        shape = line_shape(con, source.as_posix(), tok.header_line)
        con.execute(
            f"create or replace temp view bulk_rows as {bulk_rows_sql(source.as_posix(), tok, layout, False, shape)}"
        )
        evidence = locale_evidence(con, tok, layout)
    except Exception as err:  # noqa: BLE001 - any DuckDB parse error: the row reader decides
        con.execute("drop view if exists bulk_rows")
        raise BulkFallback(str(err)) from err
    try:
        facts = settle(evidence)
        for raw_values in (False, True):
            try:
                if raw_values:  # the view of the first pass serves it (and the evidence) as it is
                    con.execute(f"create or replace temp view bulk_rows as {bulk_rows_sql(source.as_posix(), tok, layout, True, shape)}")  # fmt: skip
                con.execute(f"copy ({landed_select(layout, 'bulk_rows', facts)}) to {literal(target)} (format parquet)")  # fmt: skip
            except Exception as err:  # noqa: BLE001 - any DuckDB parse error: the row reader decides
                target.unlink(missing_ok=True)
                raise BulkFallback(str(err)) from err
            bad, data, layout_rows, rejected = con.execute(
                "select count(*) filter (where _source_line is null), count(*) filter (where not _is_layout_row), "
                "count(*) filter (where _is_layout_row), count(*) filter (where _reject_reason is not null) "
                f"from read_parquet({literal(target)})"
            ).fetchall()[0]
            if bad or not rejected:
                break
    finally:
        con.execute("drop view if exists bulk_rows")
    if bad:
        target.unlink()
        raise BulkFallback(f"{bad} record(s) whose line the bulk reader cannot place")
    tok.counted = (data, layout_rows)
