"""Header spellings as data: which header text feeds which canonical column of which raw table.

Two files, one format (CSV, `#` starts a comment line):

- landing/header_aliases.csv, shipped: every spelling the project knows (English labels, internal
  or API names, UI languages), each with where it comes from:
      table,column,spelling,language,evidence,source
  evidence: `help-centre` (the label appears on the vendor's help page in `source`), `real-derived`
  (seen in public code that reads real exports), `spec` (the vendor-layout spec the rule book was
  written from: real exports and vendor docs), `project` (a project-defined CSV).
- the user's own file, for a spelling of their own (another UI language, a renamed column):
  KPI_HEADER_ALIASES (a path), default config/header_aliases.csv:
      table,column,spelling[,language]
  e.g.  hubspot/contacts,created_at,Erstelldatum,de
A row whose column is `(segment)` names a header that splits an additive table's rows (Google Ads
Device, Meta Age): such rows are summed, and the report says so without a warning.

A spelling is compared with a header cell after trimming, folding case and collapsing white space;
`*` is a wildcard ('Amount spent (*)'). A user spelling is tried after the shipped ones. Every row
is checked: an unknown table or column, an empty spelling, or a spelling that another column of
the same table already claims (in the user's file) stops the run with the file, line and fix
(AliasError).
"""

from __future__ import annotations

import csv
import dataclasses
import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
SHIPPED = PACKAGE / "header_aliases.csv"
USER_DEFAULT = ROOT / "config" / "header_aliases.csv"
EVIDENCE = ("help-centre", "real-derived", "spec", "project")
SEGMENT = "(segment)"  # the column of a header that splits an additive table's rows (Device, Age …): a known segment


class AliasError(ValueError):
    """A row of an aliases file that cannot be used; the message names the file, line and fix."""


def user_aliases_path() -> Path:
    return Path(os.environ.get("KPI_HEADER_ALIASES") or USER_DEFAULT)


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line, row) of a CSV with a header line, comment and blank lines skipped."""
    with open(path, newline="", encoding="utf-8-sig") as fh:
        numbered = [
            (n, line) for n, line in enumerate(fh, start=1) if line.strip() and not line.lstrip().startswith("#")
        ]
    if not numbered:
        return []
    reader = csv.DictReader([line for _, line in numbered])
    out = []
    for (n, _), row in zip(numbered[1:], reader, strict=True):
        out.append((n, {k.strip(): (v or "").strip() for k, v in row.items() if k}))
    return out


def normalize(spelling: str) -> str:
    return " ".join(spelling.replace("\ufeff", "").split()).casefold()


def read_aliases(layouts: dict, path: Path, shipped: bool) -> list[tuple[str, str, str, str]]:
    """The (table, column, spelling, language) rows of an aliases file, each checked."""
    if not path.is_file():
        if shipped:
            raise AliasError(f"{path}: the shipped header aliases are missing")
        return []
    rows = _rows(path)
    out = []
    for line, row in rows:
        where = f"{path}, line {line}"
        table, column, spelling = row.get("table", ""), row.get("column", ""), row.get("spelling", "")
        if table not in layouts:
            raise AliasError(f"{where}: unknown table {table!r}; the tables are {', '.join(sorted(layouts))}")
        names = [c.name for c in layouts[table].columns] + ([SEGMENT] if layouts[table].additive else [])
        if column not in names:
            raise AliasError(f"{where}: {table} has no column {column!r}; its columns are {', '.join(names)}")
        if not spelling:
            raise AliasError(f"{where}: the spelling is empty (table,column,spelling[,language])")
        if shipped and row.get("evidence") not in EVIDENCE:
            raise AliasError(f"{where}: evidence must be one of {', '.join(EVIDENCE)}")
        out.append((table, column, spelling, row.get("language", "") or "user"))
    return out


def with_aliases(layout_list: list, user_path: Path | None = None) -> dict:
    """The layouts by name, each column's headers filled in: shipped spellings in file order, then
    the user's. A spelling claimed by two columns of one table is an AliasError."""
    layouts = {layout.name: layout for layout in layout_list}
    user_path = user_path or user_aliases_path()
    spellings: dict[tuple[str, str], list[str]] = {}
    owner: dict[tuple[str, str], str] = {}
    for source, shipped in ((SHIPPED, True), (user_path, False)):
        for table, column, spelling, _ in read_aliases(layouts, source, shipped):
            key = (table, normalize(spelling))
            # the shipped file may name one header for two columns on purpose (Stripe's 'Created
            # (UTC)' is the start date when there is no 'Start Date (UTC)'): a header feeds the
            # first column that claims it. A user's line must not take a header from another column.
            if not shipped and key in owner and owner[key] != column:
                raise AliasError(
                    f"{source}: {spelling!r} is already a spelling of {table} column {owner[key]!r}: a header "
                    f"can feed one column only (remove the line for {column!r})"
                )
            owner[key] = column
            have = spellings.setdefault((table, column), [])
            if spelling not in have:
                have.append(spelling)
    out = {}
    for name, layout in layouts.items():
        columns = tuple(
            dataclasses.replace(col, headers=tuple(spellings.get((name, col.name), ()))) for col in layout.columns
        )
        missing = [c.name for c in columns if not c.headers]
        if missing:
            raise AliasError(f"{SHIPPED}: no spelling for {name} column(s) {', '.join(missing)}")
        segments = tuple(spellings.get((name, SEGMENT), ()))
        out[name] = dataclasses.replace(layout, columns=columns, segment_headers=segments)
    return out


def suggestion(table: str, column: str, header: str | None, label: str) -> str:
    """The line a user adds to their aliases file to teach a header (CSV-quoted where needed)."""
    import io

    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([table, column, header or f"<your header for {label!r}>"])
    return out.getvalue()
