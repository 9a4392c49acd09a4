"""Where a file's rows are: the header found by content (the layout's identity columns, in any
order and spelling, wherever a preamble ends), the delimiter, every row with its line number, which
rows are layout rows (footers, totals, summary rows), and the facts a file carries outside its rows
(the report period on a preamble, the currency in a Meta spend header, the ad account in a Meta
file name)."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from landing.aliases import suggestion, user_aliases_path
from landing.results import PreambleOnly, Rejected  # noqa: F401 (raised here, caught by the pipeline)
from landing.rulebook import Layout, header_matches, map_header, normalize_header

HEADER_SEARCH_LINES = 60
MAX_COLUMNS = int(os.environ.get("KPI_MAX_COLUMNS") or 4096)  # HubSpot's all-properties exports have ~600


@dataclass
class Tokenized:
    encoding: str
    delimiter: str
    preamble: list[str]
    header: list[str]
    header_line: int
    mapping: dict[str, int]  # canonical column -> header index
    rows: Iterable[tuple[int, list[str], bool]] = ()  # (line, cells, is_layout_row), read once by the row writer
    blank_lines: int = 0
    notes: list[str] = field(default_factory=list)
    sample: list[list[str]] = field(default_factory=list)  # the first rows' cells (the bulk reader's locale evidence)
    sample_complete: bool = False  # the sample holds every row of the file
    counted: tuple[int, int] | None = None  # (data rows, layout rows) as the bulk reader landed them


def split_cells(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter, quotechar='"'))
    except (csv.Error, StopIteration):
        return []


def find_header(lines: list[str], layout: Layout) -> tuple[int, str, list[str], dict[str, int]]:
    """The first line (of the first 60) whose cells hold every identity column of the layout, in
    whichever delimiter gives them: (index, delimiter, header cells, canonical mapping)."""
    candidates = []
    for index, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        for delimiter in (",", "\t", ";"):
            if delimiter not in line and delimiter != ",":
                continue
            candidates.append((index, delimiter, [c.strip().lstrip("\ufeff") for c in split_cells(line, delimiter)]))
    no_table = all(len(split_cells(ln, ",")) <= 1 and len(split_cells(ln, "\t")) <= 1 for ln in lines if ln.strip())
    return pick_header(candidates, layout, no_table)


def find_header_in_rows(rows: list[list[str]], layout: Layout) -> tuple[int, list[str], dict[str, int]]:
    """find_header for rows already split into cells (a spreadsheet): (index, header cells, mapping)."""
    candidates = [
        (i, "", [c.strip().lstrip("\ufeff") for c in row]) for i, row in enumerate(rows[:HEADER_SEARCH_LINES])
    ]
    no_table = all(sum(1 for c in row if c.strip()) <= 1 for row in rows)
    index, _, cells, mapping = pick_header(candidates, layout, no_table)
    return index, cells, mapping


def pick_header(candidates, layout: Layout, no_table: bool) -> tuple[int, str, list[str], dict[str, int]]:
    """The first candidate (index, delimiter, cells) holding every identity column; else a
    rejection naming what is missing, the header found and the line that would teach it."""
    best: tuple[int, int, list[str], str] | None = None  # (matches, index, cells, delimiter)
    identity = [c.name for c in layout.identity]
    for index, delimiter, cells in candidates:
        mapping = map_header(cells, layout)
        found = sum(1 for name in identity if name in mapping)
        found += sum(1 for group in layout.identity_any if any(name in mapping for name in group))
        if found == len(identity) + len(layout.identity_any):
            return index, delimiter, cells, mapping
        if found and (best is None or found > best[0]):
            best = (found, index, cells, delimiter)
    if best is None:
        if no_table:
            raise PreambleOnly()
        raise Rejected(no_header_message(layout, candidates), line=1)
    _, index, cells, _ = best
    return index, "", cells, missing_columns(layout, cells, index)


def no_header_message(layout: Layout, candidates) -> str:
    """No line holds a single identity column: what was expected, and the lines seen."""
    expected = [c.label for c in layout.identity]
    seen = next((cells for _, _, cells in candidates if sum(1 for c in cells if c.strip()) > 1), None)
    found = f" The first line with several cells: {seen}." if seen else ""
    return (
        f"no header line with the columns this export needs: {expected} (searched the first "
        f"{HEADER_SEARCH_LINES} lines). Is this the right folder for {layout.name}?{found} If the headers are in "
        f"another language or were renamed, teach them in {user_aliases_path()}, one line per column, e.g. "
        f"{suggestion(layout.name, layout.identity[0].name, None, layout.identity[0].label)}"
    )


def missing_columns(layout: Layout, cells: list[str], index: int) -> dict[str, int]:
    """A header line that holds some identity columns but not all: a rejection naming each missing
    column, the header found, a renamed candidate, and the line that would teach it."""
    mapping = map_header(cells, layout)
    missing = [c for c in layout.identity if c.name not in mapping]
    used = set(mapping.values())
    unused = [h for i, h in enumerate(cells) if i not in used and h]
    parts, lines = [], []
    for group in layout.identity_any:
        if not any(n in mapping for n in group):
            parts.append("missing one of the columns " + " / ".join(repr(layout.column(n).label) for n in group))
            lines.append(suggestion(layout.name, group[0], None, layout.column(group[0]).label))
    for col in missing:
        close = [h for h in unused if normalize_header(col.label).strip("*") in normalize_header(h)]
        close = close or difflib.get_close_matches(col.label, unused, n=1, cutoff=0.6)
        renamed = f"; found {close[0]!r} instead (renamed?)" if close else ""
        parts.append(f"missing required column {col.label!r}{renamed}")
        lines.append(suggestion(layout.name, col.name, close[0] if close else None, col.label))
    expected = [c.label for c in layout.identity]
    raise Rejected(
        "; ".join(parts) + f". Required (identity) columns: {expected} (any of the spellings "
        f"{[list(c.headers) for c in missing]}); found header: {cells}. If your export names them otherwise (another "
        f"UI language, a renamed column), add to {user_aliases_path()}: " + " | ".join(lines),
        line=index + 1,
        column=(missing[0] if missing else layout.column(layout.identity_any[0][0])).label,
    )


def head(text: str, lines: int = HEADER_SEARCH_LINES + 1) -> str:
    """The first lines of a text, without splitting the rest."""
    end = -1
    for _ in range(lines):
        end = text.find("\n", end + 1)
        if end < 0:
            return text
    return text[: end + 1]


def last_line_whole(last: str, tok: Tokenized) -> bool:
    """The text after a file's last line end: none, or a whole record (a file cut short is not)."""
    if not last:
        return True
    return not last.count('"') % 2 and len(next(csv.reader([last], delimiter=tok.delimiter), [])) >= len(tok.header)


def header_tokens(lines: list[str], layout: Layout, encoding: str) -> Tokenized:
    """The header of a text export from its first lines: where it is, its delimiter, its columns."""
    if not any(ln.strip() for ln in lines):
        raise Rejected("empty file")
    lines = [ln.rstrip("\r\n") for ln in lines]
    index, delimiter, header, mapping = find_header(lines, layout)
    check_header(header, index + 1)
    return Tokenized(encoding, delimiter, lines[:index], header, index + 1, mapping)


def check_header(header: list[str], line: int) -> None:
    if len(header) > MAX_COLUMNS:
        raise Rejected(f"{len(header):,} columns in the header, more than the {MAX_COLUMNS:,} a file may have "
                       "(KPI_MAX_COLUMNS): is this a report at all?", line=line)  # fmt: skip
    names = [normalize_header(h) for h in header if h]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise Rejected(f"duplicate column(s) in the header: {dupes}; each column must appear once", line=line)


class LineReader:
    """The lines of a text stream, one at a time and each at most max_chars long (a longer one is
    a file that is not a report: rejected, never read whole into memory); remembers whether the
    last line ended with a line end (a file cut short does not)."""

    def __init__(self, stream, max_chars: int) -> None:
        self.stream, self.max_chars, self.ended = stream, max_chars, True
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.stream.readline(self.max_chars + 1)
        if not line:
            raise StopIteration
        self.count += 1
        if len(line) > self.max_chars and not line.endswith(("\n", "\r")):
            raise Rejected(f"a line longer than {self.max_chars:,} characters (KPI_MAX_LINE_CHARS): not a "
                           "report export, or a broken one", line=self.count)  # fmt: skip
        self.ended = line.endswith(("\n", "\r"))
        return line


def text_records(lines: LineReader, delimiter: str, first_line: int):
    """(line where the record starts, cells) of every record after the header, blank ones too."""
    reader = csv.reader(lines, delimiter=delimiter, quotechar='"', strict=True)
    previous = 0
    try:
        for cells in reader:
            yield first_line + previous, cells
            previous = reader.line_num
    except csv.Error as err:
        raise Rejected(
            f"file is truncated or malformed ({err}): an unterminated quoted field", line=first_line + previous
        ) from err


def flag_rows(records, tok: Tokenized, layout: Layout, ended=lambda: True):
    """The rows of a file, each with whether it is a layout row: a footer or total row (a cell
    matches one of the layout's footer patterns), a one-cell line under the data block (report and
    org names of a footer), or a summary row (every dimension of summary_when_empty empty). Blank
    records are counted, not rows. `ended()` tells, after the last record, whether the file ended
    with a line end: a last row with fewer fields and none is a file cut short."""
    in_footer, seen = False, False
    patterns = [re.compile(p) for p in layout.footer_patterns]
    summary_idx = [tok.mapping[n] for n in layout.summary_when_empty if n in tok.mapping]
    last = None
    for line, cells in records:
        filled = [c.strip() for c in cells if c.strip()]
        if not filled:
            tok.blank_lines += 1
            in_footer = in_footer or seen
            continue
        is_layout = any(p.fullmatch(c) for p in patterns for c in filled)
        if in_footer and len(filled) <= 1:
            is_layout = True  # report name / org name lines after the data block
        if summary_idx and all(not (cells[i].strip() if i < len(cells) else "") for i in summary_idx):
            is_layout = True  # a summary / total row: every dimension empty
        in_footer = in_footer or (is_layout and len(filled) <= 1)
        seen = True
        if last is not None:
            yield last
        last = (line, cells, is_layout)
    if last is not None:
        line, cells, is_layout = last
        if not ended() and not is_layout and len(cells) < len(tok.header):
            raise Rejected(
                f"file is truncated: the last row has {len(cells)} of {len(tok.header)} fields and no line end",
                line=line,
            )
        yield last


# -- facts outside the rows -------------------------------------------------------------------

_MONTHS = "%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%Y-%m-%d", "%Y%m%d"
_NUMERIC_ORDER = {"mdy": ("%m/%d/%Y",), "dmy": ("%d/%m/%Y",)}
PREAMBLE_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")


def _date(text: str, order: str | None) -> dt.date | None:
    """A preamble date: month names and ISO in any file; a numeric day/month date in the file's
    order, or without one only when both orders give the same day (a first or second field above
    12 leaves one reading)."""
    text = text.strip().strip('"').strip()
    for f in _MONTHS:
        try:
            return dt.datetime.strptime(text, f).date()
        except ValueError:
            continue
    readings = set()
    for key, formats in _NUMERIC_ORDER.items():
        if order in (None, key):
            for f in formats:
                try:
                    readings.add(dt.datetime.strptime(text, f).date())
                except ValueError:
                    continue
    return readings.pop() if len(readings) == 1 else None


def preamble_dates(preamble: list[str]) -> list[str]:
    """The numeric day/month dates on a preamble (Microsoft's 'Report Time: 11/1/2024,11/30/2024'):
    evidence of the file's date order, as its rows' dates are."""
    return [m.group(0) for line in preamble for m in PREAMBLE_NUMERIC_DATE.finditer(line)]


def preamble_period(preamble: list[str], order: str | None = None) -> tuple[dt.date | None, dt.date | None]:
    """The report period on a preamble: GA4 '# Start date: 20241101' / '# End date:', LinkedIn
    'Report Start: November 1, 2024, 12:00 AM' / 'Report End:', Microsoft 'Report Time: 11/1/2024,11/30/2024',
    Google Ads '"November 1, 2024 - November 30, 2024"' or '27 January 2026 - 23 February 2026'.
    Numeric dates are read in the file's date order (landing/values.py)."""
    text = [ln.strip().strip('"').strip() for ln in preamble]
    start = end = None
    for line in text:
        if m := re.match(r"#?\s*Start date:\s*(\d{8})", line):
            start = _date(m.group(1), order)
        elif m := re.match(r"#?\s*End date:\s*(\d{8})", line):
            end = _date(m.group(1), order)
        elif m := re.match(r"Report Start:\s*(.+?),\s*\d{1,2}:\d{2}\s*[AP]M", line):
            start = _date(m.group(1), order)
        elif m := re.match(r"Report End:\s*(.+?),\s*\d{1,2}:\d{2}\s*[AP]M", line):
            end = _date(m.group(1), order)
        elif m := re.match(r"Report Time:\s*([\d/]+)\s*,\s*([\d/]+)", line):
            start, end = _date(m.group(1), order), _date(m.group(2), order)
        elif m := re.fullmatch(r"(.+?\d{4})\s+-\s+(.+?\d{4})", line):
            a, b = _date(m.group(1), order), _date(m.group(2), order)
            if a and b:
                start, end = a, b
    return start, end


def header_currency(header: list[str], layout: Layout) -> str | None:
    """Meta writes the account currency in the spend header: 'Amount spent (TWD)'."""
    col = next((c for c in layout.columns if c.name == "spend_amount_local"), None)
    if not col:
        return None
    for h in header:
        if any(header_matches(s, h) for s in col.headers) and (m := re.search(r"\(([A-Za-z]{3})\)\s*$", h)):
            return m.group(1).upper()
    return None


def file_account(file_name: str) -> str | None:
    """Meta names its download '<Ad account name>-Campaigns-1-Sep-2024-30-Sep-2024.csv'."""
    m = re.match(r"(.+?)-(?:Campaigns|Ad-sets|Ad-Sets|Ads)-\d", file_name)
    return m.group(1) if m else None
