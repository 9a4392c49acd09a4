"""Opening an export: what kind of file it is (told by its bytes, not its name: a LinkedIn ".xls"
is UTF-16 text), a fresh stream of its bytes (gzip and ZIP members decompressed, within a cap),
its text encoding, and its rows: the lines of a text file, the rows of an Excel sheet, the rows of
a Parquet file. Everything that can go wrong with a broken download (a truncated gzip, an odd
byte count in UTF-16, a file that is not the Parquet or Excel it claims to be) ends as a
Rejected naming the cause: one rejected file, never a traceback that stops the others."""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import io
import os
import zipfile
import zlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from landing.discover import Export
from landing.header import (
    HEADER_SEARCH_LINES,
    LineReader,
    PreambleOnly,
    Rejected,
    Tokenized,
    check_header,
    find_header_in_rows,
    flag_rows,
    header_tokens,
    text_records,
)
from landing.rulebook import Layout

MB = 1 << 20
# a compressed file may expand to this many times its size (CSV compresses 5-15x; a bomb, 1000x)
MAX_EXPANSION = int(os.environ.get("KPI_MAX_EXPANSION") or 100)
EXPANSION_FLOOR = 256 * MB  # below this, any expansion is fine
MAX_LINE_CHARS = int(os.environ.get("KPI_MAX_LINE_CHARS") or 1_000_000)
HEAD_BYTES = 1 * MB

PK, OLE2, PAR1 = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"PAR1"


class Capped(io.RawIOBase):
    """A binary stream that refuses to give more than `limit` bytes: a decompression bomb is
    rejected after reading `limit` bytes, never held."""

    def __init__(self, raw, limit: int, what: str) -> None:
        self.raw, self.limit, self.what, self.count = raw, limit, what, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.raw.read(len(buffer))
        self.count += len(data)
        if self.count > self.limit:
            raise Rejected(
                f"{self.what} expands to more than {self.limit / MB:,.0f} MB ({MAX_EXPANSION}x its compressed "
                "size, KPI_MAX_EXPANSION): a decompression bomb or not an export; not read further"
            )
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()


def _expansion_limit(compressed: int) -> int:
    return max(EXPANSION_FLOOR, MAX_EXPANSION * compressed)


@dataclass
class Opened:
    """An export, opened: its kind (text, excel, parquet) and how to read its bytes again."""

    export: Export
    kind: str
    encoding: str | None = None  # text: utf-8, utf-8-sig, utf-16 or the declared one

    def binary(self):
        """A fresh stream of the export's bytes, decompressed (gzip, a ZIP member), capped."""
        export = self.export
        if export.member:
            archive = zipfile.ZipFile(export.path)
            info = archive.getinfo(export.member)
            raw = archive.open(info)
            return io.BufferedReader(
                Capped(raw, _expansion_limit(info.compress_size), f"{export.member} in the archive")
            )
        if export.path.name.lower().endswith(".gz"):
            raw = gzip.open(export.path, "rb")
            limit = _expansion_limit(export.path.stat().st_size)
            return io.BufferedReader(Capped(raw, limit, "the gzip file"))
        return open(export.path, "rb")

    @property
    def native(self) -> Path | None:
        """The file on disk when DuckDB can read it as it is: plain UTF-8 text, not compressed."""
        if self.kind != "text" or self.encoding not in ("utf-8", "utf-8-sig") or self.export.member:
            return None
        return None if self.export.path.name.lower().endswith(".gz") else self.export.path


def sniff(head: bytes) -> str:
    if head.startswith(PK):
        return "zip"
    if head.startswith(OLE2):
        return "excel"  # a legacy .xls workbook (BIFF)
    if head.startswith(PAR1):
        return "parquet"
    return "text"


def open_export(export: Export, declared: str | None) -> Opened:
    """The export's kind and, for text, its encoding: UTF-16 by BOM, UTF-8 (with or without BOM),
    else the encoding declared for its table."""
    opened = Opened(export, "text")
    with opened.binary() as fh:
        head = fh.read(HEAD_BYTES)
    if not head.strip():
        raise Rejected("empty file (0 bytes of content)")
    kind = sniff(head)
    name = export.file_name.lower().removesuffix(".gz")
    if name.endswith(".parquet") and kind != "parquet":
        raise Rejected(
            "not a readable Parquet file (it does not start with Parquet's magic bytes PAR1): download it again"
        )
    if name.endswith((".xlsx", ".xlsm")) and kind != "zip":
        raise Rejected(
            "not a readable Excel workbook (an .xlsx file is a ZIP container; this one is not): download it again"
        )
    if kind == "zip":
        if not (export.file_name.lower().endswith((".xlsx", ".xlsm")) or _is_xlsx(opened)):
            raise Rejected(
                "a ZIP archive with a name that does not end in .zip, and not an Excel workbook: name it .zip"
            )
        kind = "excel"
    opened.kind = kind
    if kind != "text":
        return opened
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        opened.encoding = "utf-16"
        return opened
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < HEAD_BYTES)
        opened.encoding = "utf-8-sig" if head[:3] == b"\xef\xbb\xbf" else "utf-8"
    except UnicodeDecodeError as err:
        if not declared:
            raise Rejected(
                f"not UTF-8 or UTF-16 (byte 0x{head[err.start]:02x} at byte {err.start}). Re-export as UTF-8, or "
                f"declare the file's encoding: --encoding {export.layout.name}=<encoding> (e.g. big5, cp1251)",
                line=head[: err.start].count(b"\n") + 1,
            ) from err
        opened.encoding = declared
    return opened


def _is_xlsx(opened: Opened) -> bool:
    try:
        with opened.binary() as fh, zipfile.ZipFile(io.BytesIO(fh.read())) as inner:
            return "[Content_Types].xml" in inner.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


# -- text ---------------------------------------------------------------------------------------


def _text(opened: Opened, encoding: str):
    return io.TextIOWrapper(opened.binary(), encoding=encoding, newline="", errors="strict")


def text_head(opened: Opened, encoding: str) -> list[str]:
    """The first lines of a text export (where its header is)."""
    lines = []
    with _text(opened, encoding) as stream:
        for line in LineReader(stream, MAX_LINE_CHARS):
            lines.append(line)
            if len(lines) > HEADER_SEARCH_LINES:
                break
    return lines


def read_text(opened: Opened, layout: Layout, declared: str | None) -> Tokenized:
    """The header of a text export and its rows, streamed (tok.rows is read once)."""
    encoding = opened.encoding or "utf-8"
    try:
        tok = header_tokens(text_head(opened, encoding), layout, encoding)
    except UnicodeDecodeError as err:
        if declared and encoding != declared:
            opened.encoding = declared
            return read_text(opened, layout, declared)
        raise Rejected(decode_failure(err, encoding, layout)) from err
    tok.rows = _text_rows(opened, tok, layout, declared)
    return tok


def _text_rows(opened: Opened, tok: Tokenized, layout: Layout, declared: str | None):
    stream = _text(opened, tok.encoding)
    lines = LineReader(stream, MAX_LINE_CHARS)
    try:
        for _ in range(tok.header_line):
            next(lines)
        records = text_records(lines, tok.delimiter, tok.header_line + 1)
        yield from flag_rows(records, tok, layout, ended=lambda: lines.ended)
    except UnicodeDecodeError as err:
        raise Rejected(decode_failure(err, tok.encoding, layout), line=lines.count + 1) from err
    finally:
        stream.close()


def decode_failure(err: UnicodeDecodeError, encoding: str, layout: Layout) -> str:
    if encoding == "utf-16":
        return "UTF-16 text that ends in the middle of a character (an odd number of bytes): the file is cut short"
    return (
        f"not valid {encoding} further into the file ({err.reason}). Re-export as UTF-8, or declare the file's "
        f"encoding: --encoding {layout.name}=<encoding> (e.g. big5, cp1251)"
    )


# -- Excel --------------------------------------------------------------------------------------


def cell_text(value) -> str:
    """An Excel cell as the text the rule book reads: dates as ISO dates and timestamps, numbers
    without exponent or grouping (an integral float without '.0'), booleans as TRUE / FALSE."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S") if value.time() != dt.time(0) else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    return str(value)


def read_excel(opened: Opened, layout: Layout) -> Tokenized:
    """The sheet holding the table (the first whose first rows hold the header), its header found
    by content as in a CSV, the rows above it as its preamble, and its rows."""
    from python_calamine import CalamineWorkbook

    try:
        with opened.binary() as fh:
            workbook = CalamineWorkbook.from_filelike(io.BytesIO(fh.read()))
        names = workbook.sheet_names
    except Rejected:
        raise
    except Exception as err:  # noqa: BLE001 - calamine raises its own errors for a broken workbook
        raise Rejected(f"not a readable Excel workbook ({type(err).__name__}: {err}): download it again") from err
    first_error: Rejected | None = None
    for name in names:
        try:
            sheet = workbook.get_sheet_by_name(name)
            rows = sheet.iter_rows()
        except Exception as err:  # noqa: BLE001
            first_error = first_error or Rejected(f"sheet {name!r} cannot be read ({err})")
            continue
        head: list[list[str]] = []
        for row in rows:
            head.append([cell_text(v) for v in row])
            if len(head) > HEADER_SEARCH_LINES:
                break
        try:
            index, header, mapping = find_header_in_rows(head, layout)
        except PreambleOnly:
            continue
        except Rejected as err:
            first_error = first_error or err
            continue
        check_header(header, index + 1)
        preamble = [", ".join(c for c in row if c.strip()) for row in head[:index]]
        if layout.source == "salesforce" and any(preamble):
            raise Rejected(
                f"a Salesforce Formatted Report (title and filter rows above the table, grouped rows and subtotals "
                f"in sheet {name!r}): its rows cannot be read one per record. Export the report as Details Only "
                "(Export → Details Only, as .xlsx or .csv)",
                line=1,
            )
        tok = Tokenized(f"excel (sheet {name!r})", "", preamble, header, index + 1, mapping)
        tok.rows = flag_rows(_sheet_records(head, rows, index), tok, layout)
        return tok
    if first_error:
        raise first_error
    raise PreambleOnly()


def _sheet_records(head: list[list[str]], rest, index: int):
    for number, cells in enumerate(head[index + 1 :], start=index + 2):
        yield number, cells
    for number, row in enumerate(rest, start=len(head) + 1):
        yield number, [cell_text(v) for v in row]


# -- Parquet ------------------------------------------------------------------------------------


def read_parquet(opened: Opened, layout: Layout, con, scratch: Path) -> Tokenized:
    """A Parquet export: its columns are the header (line 1), each row its line + 1."""
    from landing.header import missing_columns
    from landing.rulebook import map_header
    from landing.sql import literal, safe_path

    if not layout.parquet_allowed:
        raise Rejected(f"{layout.name} must be the vendor's CSV export: its preamble carries data (the period)")
    path = opened.export.path
    if opened.export.member or path.name.lower().endswith(".gz"):
        path = scratch / "export.parquet"
        with opened.binary() as fh, open(path, "wb") as out:
            while chunk := fh.read(MB):
                out.write(chunk)
    cursor = con.cursor()  # its own: the row writer runs statements on con while these rows stream
    try:
        rel = cursor.execute(f"select * from read_parquet({literal(safe_path(path, scratch))})")
    except Exception as err:  # noqa: BLE001 - duckdb.Error: not Parquet, or a broken one
        cursor.close()
        raise Rejected(f"not a readable Parquet file ({str(err).splitlines()[0]})") from err
    header = [d[0] for d in rel.description]
    mapping = map_header(header, layout)
    if any(c.name not in mapping for c in layout.identity):
        cursor.close()
        missing_columns(layout, header, 0)
    tok = Tokenized("parquet", "", [], header, 1, mapping)

    def rows():
        try:
            line = 2
            while batch := rel.fetchmany(10_000):
                for values in batch:
                    yield line, ["" if v is None else str(v) for v in values], False
                    line += 1
        finally:
            cursor.close()

    tok.rows = rows()
    return tok


READ_ERRORS = (OSError, EOFError, zlib.error, zipfile.BadZipFile, gzip.BadGzipFile, UnicodeDecodeError)


def explain(err: BaseException) -> str:
    """A broken download in plain words."""
    if isinstance(err, EOFError | zlib.error | gzip.BadGzipFile):
        return f"the compressed file is broken or cut short (an interrupted download?): {err}"
    if isinstance(err, zipfile.BadZipFile):
        return f"the ZIP archive is broken: {err}"
    if isinstance(err, UnicodeDecodeError):
        return f"the text cannot be decoded ({err.reason}): the file is cut short or in another encoding"
    if isinstance(err, OSError):
        return f"the file cannot be read: {err.strerror or err}"
    return f"{type(err).__name__}: {err}"
