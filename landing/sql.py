"""The one way a value from outside (a path, a file name, a header, a cell, a setting) reaches SQL.

Everything the landing writes into a DuckDB statement that is not the project's own code goes
through `literal` (a string constant) or `ident` (a quoted identifier). Neither interpolates
anything: a single quote is doubled inside a literal and a double quote inside an identifier, which
is all DuckDB's (and PostgreSQL's) standard string syntax interprets; a NUL byte, which no file name
or header can legitimately hold, is refused. A name is data: `x' ; copy … --.csv` becomes the
string constant 'x'' ; copy … --.csv', never SQL (tests/python/test_hostile_names.py)."""

from __future__ import annotations

from pathlib import Path


class UnsafeText(ValueError):
    """Text that cannot be a SQL constant (a NUL byte)."""


def literal(value: object) -> str:
    """A SQL string constant ('…'), or null for None."""
    if value is None:
        return "null"
    text = value.as_posix() if isinstance(value, Path) else str(value)
    if "\x00" in text:
        raise UnsafeText(f"a NUL byte in {text!r}")
    return "'" + text.replace("'", "''") + "'"


def ident(name: str, qualifier: str | None = None) -> str:
    """A quoted SQL identifier ("…"), qualified by a table alias when given (t."…")."""
    if "\x00" in name:
        raise UnsafeText(f"a NUL byte in {name!r}")
    quoted = '"' + name.replace('"', '""') + '"'
    return f"{qualifier}.{quoted}" if qualifier else quoted


def literal_list(values) -> str:
    """[ 'a', 'b' ]: a DuckDB list of string constants."""
    return "[" + ", ".join(literal(v) for v in values) + "]"


GLOB = set("*?[]{}")


def safe_path(path: Path, scratch: Path) -> Path:
    """A path DuckDB's readers take as one file: DuckDB reads a path with * ? [ ] { } as a file
    pattern (an export named `a*.csv` would read every file it matches), so such a path is linked
    under a plain name in the scratch folder first."""
    if not GLOB & set(str(path)):
        return path
    link = scratch / ("linked" + "".join(path.suffixes[-1:]))
    if not link.exists():
        link.symlink_to(path.resolve())
    return link
