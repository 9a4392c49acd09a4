"""Writing landed rows: a file read row by row becomes one Parquet file with the rule book applied
in DuckDB; a table without an accepted export gets an empty placeholder; files of exports gone are
removed."""

from __future__ import annotations

from pathlib import Path

from landing.apply import landed_select
from landing.header import Tokenized
from landing.rulebook import LAYOUTS, Layout
from landing.sql import literal


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
    con.execute(f"copy ({landed_select(layout, 'raw_rows', facts)}) to {literal(target)} (format parquet)")
    con.unregister("raw_rows")


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
    con.execute(f"copy ({landed_select(layout, 'raw_rows', {})}) to {literal(target)} (format parquet)")
    con.unregister("raw_rows")


# -- one table: checks over the landed rows --------------------------------------------------------


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
