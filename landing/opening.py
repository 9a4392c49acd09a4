"""Opening an export: its bytes (decompressed), its text (the encoding by BOM, UTF-8, or the one
declared for its table)."""

from __future__ import annotations

import gzip
from pathlib import Path

from landing.header import Rejected, Tokenized
from landing.rulebook import Layout, map_header
from landing.settings import duckdb_config
from landing.sql import literal


def read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def decode(data: bytes, declared: str | None, table: str) -> tuple[str, str]:
    """UTF-16 with BOM, UTF-8 (with or without BOM), else the declared encoding."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), ("utf-8-sig" if data[:3] == b"\xef\xbb\xbf" else "utf-8")
    except UnicodeDecodeError as err:
        if declared:  # a declared encoding applies to the files of the table that are not UTF-8
            try:
                return data.decode(declared), declared
            except (UnicodeDecodeError, LookupError) as err2:
                raise Rejected(f"does not decode as the declared encoding {declared}: {err2}") from err2
        line = data[: err.start].count(b"\n") + 1
        raise Rejected(
            f"not UTF-8 or UTF-16 (byte 0x{data[err.start]:02x} at byte {err.start}). Re-export as UTF-8, or "
            f"declare the file's encoding: --encoding {table}=<encoding> (e.g. big5, cp1251)",
            line=line,
        ) from err


def read_parquet(path: Path, layout: Layout) -> Tokenized:
    import duckdb

    if not layout.parquet_allowed:
        raise Rejected(f"{layout.name} must be the vendor's CSV export: its preamble carries data (the period)")
    con = duckdb.connect(config=duckdb_config())
    rel = con.execute(f"select * from read_parquet({literal(path)})")
    header = [d[0] for d in rel.description]
    mapping = map_header(header, layout)
    missing = [c.headers[0] for c in layout.identity if c.name not in mapping]
    if missing:
        raise Rejected(f"missing required column(s) {missing}; found columns: {header}", column=missing[0])
    tok = Tokenized("parquet", "", [], header, 1, mapping)
    tok.rows = [(n + 2, ["" if v is None else str(v) for v in r], False) for n, r in enumerate(rel.fetchall())]
    con.close()
    return tok
