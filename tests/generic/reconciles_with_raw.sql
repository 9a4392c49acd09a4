{% test reconciles_with_raw(model, base_model, source_name, table_name, key_columns) %}
{#- Nothing lost, nothing invented between a raw table and its staging model:
    1. every raw row is one base row (no row dropped or multiplied by a reference join);
    2. the staging model has one row per distinct natural key of the valid base rows, so
       raw rows = staged + layout rows (footers) + rejected rows + duplicates removed.
    Returns one row with the counts when either equation fails. -#}
with raw_rows as (
    select count(*) as n from {{ source(source_name, table_name) }}
),

base_rows as (
    select
        count(*) as n,
        sum(case when _is_layout_row then 1 else 0 end) as layout_rows,
        sum(case when _reject_reason is not null then 1 else 0 end) as rejected_rows,
        sum(case when not _is_layout_row and _reject_reason is null then 1 else 0 end) as valid_rows
    from {{ base_model }}
),

distinct_keys as (
    select count(*) as n
    from (
        select distinct {{ key_columns | join(', ') }}
        from {{ base_model }}
        where not _is_layout_row and _reject_reason is null
    ) as keys
),

staged as (
    select count(*) as n from {{ model }}
)

select
    raw_rows.n as raw_rows,
    base_rows.n as base_rows,
    staged.n as staged_rows,
    base_rows.layout_rows,
    base_rows.rejected_rows,
    base_rows.valid_rows - staged.n as duplicates_removed,
    distinct_keys.n as distinct_valid_keys
from raw_rows
cross join base_rows
cross join distinct_keys
cross join staged
where
    raw_rows.n <> base_rows.n
    or staged.n <> distinct_keys.n
    or raw_rows.n <> staged.n + base_rows.layout_rows + base_rows.rejected_rows
    + (base_rows.valid_rows - staged.n)
{% endtest %}
