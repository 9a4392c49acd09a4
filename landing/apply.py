"""Applying the rule book to one file: the one DuckDB statement that turns a file's cells (every
canonical column as text) into its landed rows: parsed and derived columns, lineage, and the first
rule each data row breaks."""

from __future__ import annotations

from landing.rulebook import Col, Layout, output_columns
from landing.sql import literal
from landing.values import Locale, ambiguous_sql, date_formats, number_sql, sql_text, timestamp_from_text


def parse_sql(col: Col, text: str, locale: Locale) -> str:
    """The column's value from the cell's text as sql_text cleans it, in the file's locale."""
    if col.kind in ("text", "id"):
        return text
    if col.kind in ("upper", "lower"):
        return f"{col.kind}({text})"
    if col.kind in ("integer", "number"):
        number = number_sql(text, locale.marks.get(col.name), whole=col.kind == "integer")
        if col.kind == "number":
            return number
        return f"(case when {number} = floor({number}) then try_cast({number} as bigint) end)"
    value = timestamp_from_text(text, date_formats(col.formats, locale.date_order))
    return value if col.kind == "timestamp" else f"cast({value} as date)"


TYPED = ("integer", "number", "timestamp", "date")
FIRST_YEAR, LAST_YEAR = 1970, 2099  # a date outside these years is a typo or a placeholder (0000-00-00, 9999-12-31)


def value_checks(layout: Layout, locale: Locale, setting: str) -> list[tuple[str, str, str]]:
    """(condition, reason, column) of each value a column cannot take: text that does not read as
    its kind, an ambiguous number, a date outside FIRST_YEAR-LAST_YEAR. The quarantine reason names
    the column and what is wrong, so one bad cell costs one row, never the build."""
    checks = []
    for col in layout.columns:
        if col.kind not in TYPED:
            continue
        n = col.name
        unread = f'p._text_{n} is not null and p."{n}" is null'
        if col.kind in ("integer", "number"):
            if col.kind == "number" and locale.marks.get(n) is None:
                checks.append((f"{unread} and {ambiguous_sql(f'p._text_{n}')}",
                               f"{n} ambiguous: a value such as 1,234 may be 1234 or 1.234 and no value of the column "
                               f'decides; declare the decimal mark: KPI_DECIMAL_MARK="{setting}=." or "{setting}=,"', n))  # fmt: skip
            what = "a whole number" if col.kind == "integer" else "a number"
            checks.append((unread, f"{n} not readable: not {what} (or beyond 38 digits)", n))
        else:
            formats = date_formats(col.formats, locale.date_order)
            checks.append((unread, f"{n} not readable: {col.kind} in none of the formats of this file "
                           f"({', '.join(formats[:3])} …)", n))  # fmt: skip
            checks.append((f'extract(year from p."{n}") not between {FIRST_YEAR} and {LAST_YEAR}',
                           f"{n} out of range: before {FIRST_YEAR} or after {LAST_YEAR}", n))  # fmt: skip
    return checks


def landed_select(layout: Layout, raw: str, facts: dict[str, object]) -> str:
    """SQL that turns `raw` (every canonical column as text, NULL when the file lacks it, plus
    _source_line, _is_layout_row, _raw_values, _row_hash: a hash of every cell of the row, and
    _segment: the row's cells outside the rule book's columns, 'Header=value | …', on an additive
    table) into the landed table: parsed columns, derived
    columns, lineage, and the first rule each data row breaks (_reject_reason, _reject_column).
    facts["locale"] (landing/values.py) says how this file writes dates and numbers.
    _raw_values (the row as exported) is kept on the rows with a reject reason only: quarantine
    shows it; a row that passes is in staging, parsed (and its clear text is not kept twice).
    Each cell is cleaned once (sql_text, in `texts`), and parsed from there: the query stays small
    enough to plan in a few milliseconds, which a landing of hundreds of small files pays per file."""
    locale = facts.get("locale") or Locale()
    names = {c.name for c in layout.columns}
    cleaned = ",\n        ".join(sql_text(f'cast(r."{c.name}" as varchar)') + f' as "{c.name}"' for c in layout.columns)
    parsed = ",\n        ".join(parse_sql(c, f't."{c.name}"', locale) + f' as "{c.name}"' for c in layout.columns)
    derived = "".join(f',\n        {d.sql} as "{d.name}"' for d in layout.derived)
    kept = [n for n in layout.required if n in names]
    kept += [c.name for c in layout.columns if c.kind in TYPED and c.name not in kept]
    texts = "".join(f'\n        t."{n}" as "_text_{n}",' for n in kept)
    checks: list[tuple[str, str, str]] = []
    for n in layout.required:
        if n not in names:  # a derived column (the period of an ad row)
            checks.append((f'p."{n}" is null', f"missing {n}", n))
        else:
            checks.append((f"p._text_{n} is null", f"missing {n}", n))
    checks += value_checks(layout, locale, str(facts.get("setting") or layout.source))
    for n in layout.required:  # a required text column that is only spaces or a null token
        if n in names and layout.column(n).kind not in TYPED:
            checks.append((f'p."{n}" is null', f"missing {n}", n))
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
        r._row_hash,
        r._segment,
        {cleaned}
    from {raw} as r
),
parsed as (
    select
        t._source_line,
        t._is_layout_row,
        t._raw_values,
        t._row_hash,
        t._segment,{texts}
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
    cast(p._raw_values as varchar) as _raw_values,
    cast(p._row_hash as ubigint) as _row_hash,
    cast(p._segment as varchar) as _segment
from derived as p
) as landed
"""
