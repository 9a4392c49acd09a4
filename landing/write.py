"""Writing landed rows: a file read row by row becomes one Parquet file with the rule book applied
in DuckDB; a table without an accepted export gets an empty placeholder; files of exports gone are
removed."""

from __future__ import annotations

from pathlib import Path

from landing.apply import landed_select
from landing.header import Tokenized
from landing.rulebook import LAYOUTS, Layout
from landing.sql import ident, literal
from landing.values import Evidence

ROW_CHUNK = 50_000  # rows held in Python at once: a file of any length lands in bounded memory


def land_file(con, tok: Tokenized, layout: Layout, settle, target: Path) -> None:
    """One Parquet file per export, from its rows as the row reader streams them: every
    ROW_CHUNK rows go into a DuckDB temp table (which spills to disk past DuckDB's memory limit),
    then the rule book is applied in DuckDB over it. The values of every date and number column
    are evidence of the file's locale: settle(evidence) gives the facts (landing/values.py).
    Fills tok's row counts."""
    import pandas as pd

    names = [c.name for c in layout.columns]
    picks = [tok.mapping.get(n) for n in names]
    evidence = Evidence()
    dates = [
        (c.name, tok.mapping[c.name])
        for c in layout.columns
        if c.kind in ("date", "timestamp") and c.name in tok.mapping
    ]
    numbers = [
        (c.name, tok.mapping[c.name])
        for c in layout.columns
        if c.kind in ("integer", "number") and c.name in tok.mapping
    ]
    header = tok.header
    con.execute(
        "create or replace temp table raw_rows (_source_line bigint, _is_layout_row boolean, _raw_values varchar, "
        "_row_hash ubigint, _segment varchar" + "".join(f", {ident(n)} varchar" for n in names) + ")"
    )
    width = len(header)
    used = set(tok.mapping.values())
    outside = [(i, h) for i, h in enumerate(header) if h and i not in used] if layout.additive else []
    data = layout_rows = 0

    def flush(chunk: dict[str, list]) -> None:
        frame = pd.DataFrame({k: pd.Series(v, dtype="object") for k, v in chunk.items()})
        con.register("raw_chunk", frame)
        columns = ", ".join(ident(n) for n in names)
        # the hash of the row as exported ('Header=value | …'), as bulk_rows_sql computes it
        con.execute(
            "insert into raw_rows select _source_line, _is_layout_row, _raw_values, "
            + ("hash(_raw_values)" if layout.additive else "null")
            + ", _segment"
            + (f", {columns}" if columns else "")
            + " from raw_chunk"
        )
        con.unregister("raw_chunk")

    keys = ["_source_line", "_is_layout_row", "_raw_values", "_segment", *names]
    chunk: dict[str, list] = {k: [] for k in keys}
    for line, cells, is_layout in tok.rows:
        padded = [(cells[i] if i < len(cells) else "") for i in range(width)]
        chunk["_source_line"].append(line)
        chunk["_is_layout_row"].append(is_layout)
        chunk["_raw_values"].append(" | ".join(f"{h}={padded[i]}" for i, h in enumerate(header) if h))
        chunk["_segment"].append(" | ".join(f"{h}={padded[i]}" for i, h in outside) if outside else None)
        for name, index in zip(names, picks, strict=True):
            chunk[name].append(cells[index] if index is not None and index < len(cells) else None)
        layout_rows += is_layout
        data += not is_layout
        if not is_layout:
            for name, index in dates:
                evidence.date(name, cells[index] if index < len(cells) else None)
            for name, index in numbers:
                evidence.number(name, cells[index] if index < len(cells) else None)
        if len(chunk["_source_line"]) >= ROW_CHUNK:
            flush(chunk)
            chunk = {k: [] for k in chunk}
    if chunk["_source_line"]:
        flush(chunk)
    facts = settle(evidence)
    target.parent.mkdir(parents=True, exist_ok=True)
    con.execute(f"copy ({landed_select(layout, 'raw_rows', facts)}) to {literal(target)} (format parquet)")
    con.execute("drop table raw_rows")
    tok.counted = (data, layout_rows)


PLACEHOLDER = "_no_exports.parquet"


def placeholder(con, layout: Layout, landing: Path) -> None:
    """An empty Parquet file with the table's columns, so dbt reads zero rows, not an error."""
    import pandas as pd

    frame = pd.DataFrame(
        {
            k: pd.Series([], dtype="object")
            for k in [
                "_source_line",
                "_is_layout_row",
                "_raw_values",
                "_row_hash",
                "_segment",
                *[c.name for c in layout.columns],
            ]
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
