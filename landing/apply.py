"""Applying the rule book to one file: the one DuckDB statement that turns a file's cells (every
canonical column as text) into its landed rows: parsed and derived columns, lineage, and the first
rule each data row breaks."""

from __future__ import annotations

from landing.rulebook import Col, Layout, output_columns
from landing.sql import ident, literal
from landing.values import (
    PLAIN,
    Locale,
    ambiguous_sql,
    date_formats,
    number_sql,
    period_sql,
    sql_text,
    stripped_sql,
    timestamp_from_text,
)

NUMBERS, DATES, PERIODS = ("integer", "number"), ("timestamp", "date"), ("month", "quarter", "year")
TYPED = (*NUMBERS, *DATES, *PERIODS)
# a date outside these years is a typo or a placeholder (0000-00-00, 9999-12-31)
FIRST_YEAR, LAST_YEAR = 1970, 2099
# no count or amount of a B2B firm reaches this; sums of larger ones lose cents in double arithmetic
LARGEST = 10**15


def parse_sql(col: Col, text: str, locale: Locale, zone: tuple[str, str] | None = None) -> str:
    """The column's value from the cell's text as sql_text cleans it (t."<col>"), in the file's
    locale; a number from its stripped text computed once (t."_num_<col>"). A whole-number column
    is read as a decimal here: value_checks quarantines one with a fraction, the output casts.
    zone (from, to): a timestamp written in zone `from` is converted to the reporting zone `to`,
    so that days and months are cut in the reporting zone (a date without a time stays its day)."""
    if col.kind in ("text", "id"):
        return text
    if col.kind in ("upper", "lower"):
        return f"{col.kind}({text})"
    if col.kind in NUMBERS:
        return number_sql(text, locale.marks.get(col.name), col.kind == "integer", f't."_num_{col.name}"')
    if col.kind in PERIODS:
        return period_sql(col.kind, text)
    value = timestamp_from_text(text, date_formats(col.formats, locale.date_order))
    if col.kind == "timestamp" and zone:
        return f"timezone({literal(zone[1])}, timezone({literal(zone[0])}, {value}))"
    return value if col.kind == "timestamp" else f"cast({value} as date)"


def columns_present(have: set[str]) -> str:
    """The canonical columns a file has, as ',a,b,' (macro column_exported reads it in staging: a
    KPI whose column an export lacks is NULL, never 0)."""
    return "," + ",".join(sorted(have)) + ","


def value_checks(layout: Layout, locale: Locale, setting: str, present: set[str]) -> list[tuple[str, str, str]]:
    """(condition, reason, column) of each value a column cannot take: text that does not read as
    its kind, an ambiguous number, a fraction in a count, a count or amount of LARGEST or more, a
    date outside FIRST_YEAR-LAST_YEAR. The quarantine reason names the column and what is wrong, so
    one bad cell costs one row, never the build."""
    checks = []
    for col in layout.columns:
        if col.kind not in TYPED or col.name not in present:
            continue  # (a column the file lacks holds no value to check)
        n = col.name
        unread = f'p._text_{n} is not null and p."{n}" is null'
        if col.kind in NUMBERS:
            if col.kind == "number" and locale.marks.get(n) is None:
                checks.append((f"{unread} and {ambiguous_sql(f'p._num_{n}')}",
                               f"{n} ambiguous: a value such as 1,234 may be 1234 or 1.234 and no value of the column "
                               f'decides; declare the decimal mark: KPI_DECIMAL_MARK="{setting}=." or "{setting}=,"', n))  # fmt: skip
            checks.append((unread, f"{n} not readable: not a number (or beyond 38 digits)", n))
            if col.kind == "integer":
                checks.append((f'p."{n}" <> floor(p."{n}")', f"{n} not readable: not a whole number", n))
            checks.append((f'abs(p."{n}") >= {LARGEST}', f"{n} out of range: {LARGEST:.0e} or more", n))
        elif col.kind in PERIODS:
            checks.append(
                (unread, f"{n} not readable: not a {col.kind} (e.g. 2026-03-01, March 2026, Q1 2026, 2026)", n)
            )
        else:
            formats = date_formats(col.formats, locale.date_order)
            checks.append((unread, f"{n} not readable: {col.kind} in none of the formats of this file "
                           f"({', '.join(formats[:3])} …)", n))  # fmt: skip
            checks.append((f'extract(year from p."{n}") not between {FIRST_YEAR} and {LAST_YEAR}',
                           f"{n} out of range: before {FIRST_YEAR} or after {LAST_YEAR}", n))  # fmt: skip
    return checks


def landed_select(layout: Layout, raw: str, facts: dict[str, object]) -> str:
    """SQL that turns `raw` (every canonical column as text, NULL when the file lacks it, plus
    _source_line, _is_layout_row, _raw_values, _row_hash: a hash of the row as exported (every
    named column), and
    _segment: the row's cells outside the rule book's columns, 'Header=value | …', on an additive
    table) into the landed table: parsed columns, derived columns, lineage, and the first rule each
    data row breaks (_reject_reason, _reject_column). facts["locale"] (landing/values.py) says how
    this file writes dates and numbers. _raw_values (the row as exported) is kept on the rows with
    a reject reason only: quarantine shows it; a row that passes is in staging, parsed (and its
    clear text is not kept twice). Each cell is cleaned once (sql_text, in `texts`; a number's
    stripped text too), parsed from there, and the first check a row fails is found once (its
    number, in `checked`): the query stays small enough to plan in milliseconds, which a landing of
    hundreds of small files pays per file."""
    locale = facts.get("locale") or Locale()
    names = {c.name for c in layout.columns}
    have = set(facts.get("present", ()))  # the columns this file has: the others are NULL, not parsed
    cleaned = ",\n        ".join(
        (sql_text(f'cast(r."{c.name}" as varchar)') if c.name in have else "cast(null as varchar)") + f' as "{c.name}"'
        for c in layout.columns
    )
    # a plain number (48, 6.75) has nothing to strip: the thirteen replacements run on the others only
    stripped = "".join(
        f",\n        case when {ident(c.name, 't')} {PLAIN} then {ident(c.name, 't')} "
        f'else {stripped_sql(ident(c.name, "t"))} end as "_num_{c.name}"'
        for c in layout.columns
        if c.kind in NUMBERS and c.name in have
    )
    parsed = ",\n        ".join(
        (parse_sql(c, f't."{c.name}"', locale, facts.get("zone")) if c.name in have else f"cast(null as {c.sql_type})")
        + f' as "{c.name}"'
        for c in layout.columns
    )
    derived = "".join(f',\n        {d.sql} as "{d.name}"' for d in layout.derived)
    kept = [n for n in layout.required if n in names]
    kept += [c.name for c in layout.columns if c.kind in TYPED and c.name not in kept and c.name in have]
    texts = "".join(f'\n        t."{n}" as "_text_{n}",' for n in kept)
    texts += "".join(f'\n        t."_num_{c.name}",' for c in layout.columns if c.kind in NUMBERS and c.name in have)
    checks: list[tuple[str, str, str]] = []
    for n in layout.required:
        if n not in names:  # a derived column (the period of an ad row)
            checks.append((f'p."{n}" is null', f"missing {n}", n))
        else:
            checks.append((f"p._text_{n} is null", f"missing {n}", n))
    checks += value_checks(layout, locale, str(facts.get("setting") or layout.source), have)
    for n in layout.required:  # a required text column that is only spaces or a null token
        if n in names and layout.column(n).kind not in TYPED:
            checks.append((f'p."{n}" is null', f"missing {n}", n))
    checks += [(r.sql, r.reason, r.column) for r in layout.rules]
    checks += [(f'cast(p."{n}" as date) > current_date', f"{n} in the future", n) for n in layout.not_in_future]
    first_failed = "".join(f"\n            when {sql} then {i}" for i, (sql, _, _) in enumerate(checks, start=1))
    reasons = "[" + ", ".join(literal(why) for _, why, _ in checks) + "]"
    columns = "[" + ", ".join(literal(col) for _, _, col in checks) + "]"
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
cleaned as (
    select
        r._source_line,
        r._is_layout_row,
        r._raw_values,
        r._row_hash,
        r._segment,
        {cleaned}
    from {raw} as r
),
texts as (
    select t.*{stripped}
    from cleaned as t
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
),
checked as (
    select
        p.*,
        case
            when p._is_layout_row then null{first_failed}
        end as _check
    from derived as p
)
select
    cast({literal(facts.get("source_file"))} as varchar) as _source_file,
    cast(p._source_line as bigint) as _source_line,
    cast({literal(facts.get("loaded_at"))} as timestamp) as _loaded_at,
    cast({literal(facts.get("exported_at"))} as timestamp) as _exported_at,
    cast({literal(columns_present(have))} as varchar) as _columns_present,
    {outputs},
    cast(p._is_layout_row as boolean) as _is_layout_row,
    cast({reasons}[p._check] as varchar) as _reject_reason,
    cast({columns}[p._check] as varchar) as _reject_column,
    cast(p._raw_values as varchar) as _raw_values,
    cast(cast(p._row_hash as ubigint) >> 1 as bigint) as _row_hash,  -- 63 bits: a BIGINT every target reads
    cast(p._segment as varchar) as _segment
from checked as p
) as landed
"""
