"""Where a file's rows are: the header found by content (the layout's identity columns, in any
order and spelling, wherever a preamble ends), the delimiter, every row with its line number, which
rows are layout rows (footers, totals, summary rows), and the facts a file carries outside its rows
(the report period on a preamble, the currency in a Meta spend header, the ad account in a Meta
file name)."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import re
from dataclasses import dataclass, field

from landing.rulebook import Layout, header_matches, map_header, normalize_header

HEADER_SEARCH_LINES = 60
# Excel's display of a long number: one digit, a point, digits, "E+" and the exponent (1.23857E+11).
# Lower-case or unsigned forms are left alone: hex IDs such as Mailchimp's 99e2191556 look alike.
SCIENTIFIC = re.compile(r"^\s*-?\d+(?:\.\d+)?E[+-]\d+\s*$")


class Rejected(Exception):
    """The file cannot be read as this layout; message names what was expected and found."""

    def __init__(self, message: str, line: int | None = None, column: str | None = None) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


class PreambleOnly(Exception):
    """A report with no rows: only its title / preamble lines (LinkedIn writes no header then)."""


@dataclass
class Tokenized:
    encoding: str
    delimiter: str
    preamble: list[str]
    header: list[str]
    header_line: int
    mapping: dict[str, int]  # canonical column -> header index
    rows: list[tuple[int, list[str], bool]] = field(default_factory=list)  # (line, cells, is_layout_row)
    blank_lines: int = 0
    notes: list[str] = field(default_factory=list)
    bulk: str | None = None  # the rows are left to the bulk reader: "native" (it reads the file) or "text"
    text: str | None = None  # the decoded text, for a bulk reader that cannot read the file's encoding
    counted: tuple[int, int] | None = None  # (data rows, layout rows) as the bulk reader landed them


def split_cells(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter, quotechar='"'))
    except (csv.Error, StopIteration):
        return []


def find_header(lines: list[str], layout: Layout) -> tuple[int, str, list[str], dict[str, int]]:
    """The first line (of the first 60) whose cells hold every identity column of the layout, in
    whichever delimiter gives them: (index, delimiter, header cells, canonical mapping)."""
    best: tuple[int, int, list[str], str] | None = None  # (matches, index, cells, delimiter)
    identity = [c.name for c in layout.identity]
    for index, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        for delimiter in (",", "\t", ";"):
            if delimiter not in line and delimiter != ",":
                continue
            cells = [c.strip().lstrip("\ufeff") for c in split_cells(line, delimiter)]
            mapping = map_header(cells, layout)
            found = sum(1 for name in identity if name in mapping)
            found += sum(1 for group in layout.identity_any if any(name in mapping for name in group))
            if found == len(identity) + len(layout.identity_any):
                return index, delimiter, cells, mapping
            if found and (best is None or found > best[0]):
                best = (found, index, cells, delimiter)
    expected = {c.name: c.headers[0] for c in layout.identity}
    if best is None:
        if all(len(split_cells(ln, ",")) <= 1 and len(split_cells(ln, "\t")) <= 1 for ln in lines if ln.strip()):
            raise PreambleOnly()
        raise Rejected(
            f"no header line with the columns this export needs: {list(expected.values())} "
            f"(searched the first {HEADER_SEARCH_LINES} lines). Is this the right folder for {layout.name}?",
            line=1,
        )
    _, index, cells, _ = best
    mapping = map_header(cells, layout)
    missing = [c for c in layout.identity if c.name not in mapping]
    used = set(mapping.values())
    unused = [h for i, h in enumerate(cells) if i not in used and h]
    parts = [
        "missing one of the columns " + " / ".join(repr(layout.column(n).headers[0]) for n in group)
        for group in layout.identity_any
        if not any(n in mapping for n in group)
    ]
    for col in missing:
        close = [h for h in unused if normalize_header(col.headers[0]).strip("*") in normalize_header(h)]
        close = close or difflib.get_close_matches(col.headers[0], unused, n=1, cutoff=0.6)
        renamed = f"; found {close[0]!r} instead (renamed?)" if close else ""
        parts.append(f"missing required column {col.headers[0]!r}{renamed}")
    raise Rejected(
        "; ".join(parts) + f". Required (identity) columns: {list(expected.values())} (any of the spellings "
        f"{[list(c.headers) for c in missing]}); found header: {cells}",
        line=index + 1,
        column=(missing[0] if missing else layout.column(layout.identity_any[0][0])).headers[0],
    )


def head(text: str, lines: int = HEADER_SEARCH_LINES + 1) -> str:
    """The first lines of a text, without splitting the rest."""
    end = -1
    for _ in range(lines):
        end = text.find("\n", end + 1)
        if end < 0:
            return text
    return text[: end + 1]


def bulk_ready(text: str, tok: Tokenized) -> bool:
    """Whether the bulk reader can vouch for a file's rows: no carriage return (its lines would
    count apart from Python's), balanced quotes, and a last line that is whole or ends with a line end."""
    if "\r" in text or text.count('"') % 2:
        return False
    return last_line_whole(text[text.rfind("\n") + 1 :], tok)


def last_line_whole(last: str, tok: Tokenized) -> bool:
    """The text after a file's last line end: none, or a whole record (a file cut short is not)."""
    if not last:
        return True
    return not last.count('"') % 2 and len(next(csv.reader([last], delimiter=tok.delimiter), [])) >= len(tok.header)


def tokenize(text: str, layout: Layout, encoding: str, rows: bool = True) -> Tokenized:
    """The header and, unless rows=False (the bulk reader takes them), the rows of a decoded file."""
    if not text.strip():
        raise Rejected("empty file")
    lines = text.split("\n")
    index, delimiter, header, mapping = find_header([ln.rstrip("\r") for ln in lines], layout)
    if delimiter == ";":
        raise Rejected(
            "semicolon-delimited file (Excel with a European locale?): numbers may carry decimal commas. "
            "Re-export it comma-separated",
            line=index + 1,
        )
    names = [normalize_header(h) for h in header if h]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise Rejected(f"duplicate column(s) in the header: {dupes}; each column must appear once", line=index + 1)
    tok = Tokenized(encoding, delimiter, [ln.rstrip("\r") for ln in lines[:index]], header, index + 1, mapping)
    if not rows:
        return tok
    body = "\n".join(lines[index + 1 :])
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter, quotechar='"', strict=True)
    first_line, previous = index + 2, 0
    in_footer = False
    patterns = [re.compile(p) for p in layout.footer_patterns]
    summary_idx = [mapping[n] for n in layout.summary_when_empty if n in mapping]
    try:
        for cells in reader:
            line = first_line + previous
            previous = reader.line_num
            filled = [c.strip() for c in cells if c.strip()]
            if not filled:
                tok.blank_lines += 1
                in_footer = in_footer or bool(tok.rows)
                continue
            is_layout = any(p.fullmatch(c) for p in patterns for c in filled)
            if in_footer and len(filled) <= 1:
                is_layout = True  # report name / org name lines after the data block
            if summary_idx and all(not (cells[i].strip() if i < len(cells) else "") for i in summary_idx):
                is_layout = True  # a summary / total row: every dimension empty
            in_footer = in_footer or (is_layout and len(filled) <= 1)
            tok.rows.append((line, cells, is_layout))
    except csv.Error as err:
        raise Rejected(
            f"file is truncated or malformed ({err}): an unterminated quoted field", line=first_line + previous
        ) from err
    if tok.rows and not text.endswith(("\n", "\r")):
        line, cells, is_layout = tok.rows[-1]
        if not is_layout and len(cells) < len(header):
            raise Rejected(
                f"file is truncated: the last row has {len(cells)} of {len(header)} fields and no line end", line=line
            )
    return tok


# -- facts outside the rows -------------------------------------------------------------------

_MONTHS = "%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%m/%d/%Y", "%Y-%m-%d", "%Y%m%d"


def _date(text: str) -> dt.date | None:
    text = text.strip().strip('"').strip()
    for f in _MONTHS:
        try:
            return dt.datetime.strptime(text, f).date()
        except ValueError:
            continue
    return None


def preamble_period(preamble: list[str]) -> tuple[dt.date | None, dt.date | None]:
    """The report period on a preamble: GA4 '# Start date: 20241101' / '# End date:', LinkedIn
    'Report Start: November 1, 2024, 12:00 AM' / 'Report End:', Microsoft 'Report Time: 11/1/2024,11/30/2024',
    Google Ads '"November 1, 2024 - November 30, 2024"' or '27 January 2026 - 23 February 2026'."""
    text = [ln.strip().strip('"').strip() for ln in preamble]
    start = end = None
    for line in text:
        if m := re.match(r"#?\s*Start date:\s*(\d{8})", line):
            start = _date(m.group(1))
        elif m := re.match(r"#?\s*End date:\s*(\d{8})", line):
            end = _date(m.group(1))
        elif m := re.match(r"Report Start:\s*(.+?),\s*\d{1,2}:\d{2}\s*[AP]M", line):
            start = _date(m.group(1))
        elif m := re.match(r"Report End:\s*(.+?),\s*\d{1,2}:\d{2}\s*[AP]M", line):
            end = _date(m.group(1))
        elif m := re.match(r"Report Time:\s*([\d/]+)\s*,\s*([\d/]+)", line):
            start, end = _date(m.group(1)), _date(m.group(2))
        elif m := re.fullmatch(r"(.+?\d{4})\s+-\s+(.+?\d{4})", line):
            a, b = _date(m.group(1)), _date(m.group(2))
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
