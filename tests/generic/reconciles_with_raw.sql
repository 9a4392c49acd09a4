{% test reconciles_with_raw(model, base_model, source_name, table_name, key_columns, quarantine_model=none,
    amount_column=none, order_by='_source_file desc', additive=false, folded_model=none) %}
{#- Nothing lost, nothing invented between a raw table and its staging model:
    1. every raw row is one base row (no row dropped or multiplied by a reference join);
    2. the staging model has one row per distinct natural key of the valid base rows, so
       raw rows = staged + layout rows (footers) + quarantined rows + duplicates removed;
       with additive (ad reports, web traffic: macro sum_newest_export), a key's rows are those of
       the newest export holding it, identical rows once, the rest summed into one staged row:
       raw rows = staged + layout + quarantined + duplicates removed + rows summed into another;
       with folded_model (one row per key folded into another record, e.g. a contact merged into
       another): staged + folded = the distinct keys;
    3. with quarantine_model: it holds exactly the base rows that carry a reject reason;
    4. with amount_column (a local-currency amount of the landed table, base and staging): money
       reconciles the same way, the landed total (parsed once by the landing step) =
       staged + layout rows + quarantined + duplicates removed (the rows the dedupe drops).
    A source switched off (var <source>__enabled: false) is never read: its raw side is no rows.
    Returns one row with the counts and totals when an equation fails. -#}
with raw_rows as (
    select
        count(*) as n
        {%- if amount_column %},
        sum({{ amount_column }}) as money
        {%- endif %}
    {%- if source_enabled(source_name) %}
    from {{ source(source_name, table_name) }}
    {%- else %}
    from {{ base_model }}
    where 1 = 0
    {%- endif %}
),

ranked as (
    {%- if additive %}
    -- a row of an older export holding the key, or a copy of a row of the newest: removed (rank 2);
    -- the first row of a key kept (rank 1); its other rows summed into it (rank 0)
    select
        *,
        case
            when _source_file <> _newest_file or _copy_rank > 1 then 2
            when _key_rank = 1 then 1
            else 0
        end as _dedupe_rank
    from (
        select
            *,
            row_number() over (
                partition by {{ key_columns | join(', ') }}, _source_file, _row_hash order by _source_line
            ) as _copy_rank,
            row_number() over (
                partition by {{ key_columns | join(', ') }} order by _source_file desc, _source_line
            ) as _key_rank,
            max(_source_file) over (partition by {{ key_columns | join(', ') }}) as _newest_file
        from {{ base_model }}
        where not _is_layout_row and _reject_reason is null
    ) as placed
    {%- else %}
    select
        *,
        row_number() over (partition by {{ key_columns | join(', ') }} order by {{ order_by }}) as _dedupe_rank
    from {{ base_model }}
    where not _is_layout_row and _reject_reason is null
    {%- endif %}
),

base_rows as (
    select
        count(*) as n,
        sum(case when _is_layout_row then 1 else 0 end) as layout_rows,
        sum(case when _reject_reason is not null then 1 else 0 end) as rejected_rows,
        sum(case when not _is_layout_row and _reject_reason is null then 1 else 0 end) as valid_rows
        {%- if amount_column %},
        coalesce(sum(case when _is_layout_row then {{ amount_column }} end), 0) as layout_money,
        coalesce(sum(case when _reject_reason is not null then {{ amount_column }} end), 0) as rejected_money
        {%- endif %}
    from {{ base_model }}
),

duplicates as (
    select
        count(*) as n
        {%- if amount_column %},
        coalesce(sum({{ amount_column }}), 0) as money
        {%- endif %}
    from ranked
    where _dedupe_rank > 1
),

summed_in as (
    select count(*) as n
    from ranked
    where _dedupe_rank = 0
),

distinct_keys as (
    select count(*) as n
    from ranked
    where _dedupe_rank = 1
),

staged as (
    select
        count(*) as n
        {%- if amount_column %},
        coalesce(sum({{ amount_column }}), 0) as money
        {%- endif %}
    from {{ model }}
),

folded as (
    select count(*) as n
    {%- if folded_model %}
    from {{ folded_model }}
    {%- else %}
    from {{ base_model }}
    where 1 = 0
    {%- endif %}
),

quarantined as (
    select count(*) as n
    {%- if quarantine_model %}
    from {{ quarantine_model }}
    where raw_table = '{{ base_model.identifier | replace("base_", "") }}'
    {%- else %}
    from {{ base_model }}
    where _reject_reason is not null
    {%- endif %}
)

select
    raw_rows.n as raw_rows,
    base_rows.n as base_rows,
    staged.n as staged_rows,
    base_rows.layout_rows,
    base_rows.rejected_rows,
    quarantined.n as quarantined_rows,
    duplicates.n as duplicates_removed,
    summed_in.n as rows_summed_into_another,
    distinct_keys.n as distinct_valid_keys,
    folded.n as folded_rows
    {%- if amount_column %},
    raw_rows.money as raw_money,
    staged.money as staged_money,
    base_rows.layout_money,
    base_rows.rejected_money,
    duplicates.money as duplicates_money
    {%- endif %}
from raw_rows
cross join base_rows
cross join distinct_keys
cross join staged
cross join duplicates
cross join summed_in
cross join quarantined
cross join folded
where
    raw_rows.n <> base_rows.n
    or staged.n + folded.n <> distinct_keys.n
    or quarantined.n <> base_rows.rejected_rows
    or raw_rows.n <> staged.n + folded.n + base_rows.layout_rows + quarantined.n + duplicates.n + summed_in.n
    {%- if amount_column %}
    or abs(
        coalesce(raw_rows.money, 0)
        - (staged.money + base_rows.layout_money + base_rows.rejected_money + duplicates.money)
    ) > {{ var('kpi_tolerance') }} * greatest(1, abs(coalesce(raw_rows.money, 0)))
    {%- endif %}
{% endtest %}
