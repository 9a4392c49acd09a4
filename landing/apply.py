"""Applying the rule book to one file: the one DuckDB statement that turns a file's cells (every
canonical column as text) into its landed rows: parsed and derived columns, lineage, and the first
rule each data row breaks."""

from __future__ import annotations

from landing.rulebook import Layout, output_columns
from landing.sql import literal
from landing.values import sql_text


def landed_select(layout: Layout, raw: str, facts: dict[str, object]) -> str:
    """SQL that turns `raw` (every canonical column as text, NULL when the file lacks it, plus
    _source_line, _is_layout_row, _raw_values) into the landed table: parsed columns, derived
    columns, lineage, and the first rule each data row breaks (_reject_reason, _reject_column).
    _raw_values (the row as exported) is kept on the rows with a reject reason only: quarantine
    shows it; a row that passes is in staging, parsed (and its clear text is not kept twice).
    Each cell is cleaned once (sql_text, in `texts`), and parsed from there: the query stays small
    enough to plan in a few milliseconds, which a landing of hundreds of small files pays per file."""
    cleaned = ",\n        ".join(sql_text(f'cast(r."{c.name}" as varchar)') + f' as "{c.name}"' for c in layout.columns)
    parsed = ",\n        ".join(c.parse_sql(f't."{c.name}"') + f' as "{c.name}"' for c in layout.columns)
    derived = "".join(f',\n        {d.sql} as "{d.name}"' for d in layout.derived)
    texts = "".join(
        f'\n        t."{n}" as "_text_{n}",' for n in layout.required if n in {c.name for c in layout.columns}
    )
    checks: list[tuple[str, str, str]] = []
    for n in layout.required:
        col = next((c for c in layout.columns if c.name == n), None)
        if col is None:  # a derived column (the period of an ad row)
            checks.append((f'p."{n}" is null', f"missing {n}", n))
            continue
        checks.append((f"p._text_{n} is null", f"missing {n}", n))
        what = f"{col.kind} in none of the formats {list(col.formats)}" if col.formats else f"not a valid {col.kind}"
        checks.append((f'p."{n}" is null', f"{n} not readable: {what}", n))
    checks += [(r.sql, r.reason, r.column) for r in layout.rules]
    checks += [(f'cast(p."{n}" as date) > current_date', f"{n} in the future", n) for n in layout.not_in_future]
    reason = "".join(f"\n            when {sql} then {literal(why)}" for sql, why, _ in checks)
    column = "".join(f"\n            when {sql} then {literal(col)}" for sql, _, col in checks)
    have = set(facts.get("present", ()))
    present = "".join(f',\n        {str(c.name in have).lower()} as "has_{c.name}"' for c in layout.columns)
    outputs = ",\n        ".join(
        f'cast(p."{name}" as {sql_type}) as "{name}"' for name, sql_type in output_columns(layout)
    )
    return f"""
select * replace (case when _reject_reason is not null then _raw_values end as _raw_values)
from (
with f as (
    select
        cast({literal(facts.get("period_start"))} as date) as period_start,
        cast({literal(facts.get("period_end"))} as date) as period_end,
        cast({literal(facts.get("account_currency"))} as varchar) as account_currency,
        cast({literal(facts.get("header_currency"))} as varchar) as header_currency,
        cast({literal(facts.get("file_account"))} as varchar) as file_account{present}
),
texts as (
    select
        r._source_line,
        r._is_layout_row,
        r._raw_values,
        {cleaned}
    from {raw} as r
),
parsed as (
    select
        t._source_line,
        t._is_layout_row,
        t._raw_values,{texts}
        {parsed}
    from texts as t
),
derived as (
    select p.*{derived}
    from parsed as p
    cross join f
)
select
    cast({literal(facts.get("source_file"))} as varchar) as _source_file,
    cast(p._source_line as bigint) as _source_line,
    cast({literal(facts.get("loaded_at"))} as timestamp) as _loaded_at,
    cast({literal(facts.get("exported_at"))} as timestamp) as _exported_at,
    {outputs},
    cast(p._is_layout_row as boolean) as _is_layout_row,
    cast(case
            when p._is_layout_row then null{reason}
        end as varchar) as _reject_reason,
    cast(case
            when p._is_layout_row then null{column}
        end as varchar) as _reject_column,
    cast(p._raw_values as varchar) as _raw_values
from derived as p
) as landed
"""
