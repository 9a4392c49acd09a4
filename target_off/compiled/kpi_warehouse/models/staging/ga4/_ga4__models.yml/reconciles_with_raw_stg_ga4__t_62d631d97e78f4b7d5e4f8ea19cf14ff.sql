with raw_rows as (
    select
        count(*) as n
    from read_parquet('/tmp/wt35/warehouse/landing/ga4/traffic_acquisition/*.parquet', union_by_name=true)
),

ranked as (
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
                partition by period_start, traffic_dimension, traffic_campaign, _source_file, _row_hash order by _source_line
            ) as _copy_rank,
            row_number() over (
                partition by period_start, traffic_dimension, traffic_campaign order by _source_file desc, _source_line
            ) as _key_rank,
            max(_source_file) over (partition by period_start, traffic_dimension, traffic_campaign) as _newest_file
        from "off"."main"."base_ga4__traffic_acquisition"
        where not _is_layout_row and _reject_reason is null
    ) as placed
),

base_rows as (
    select
        count(*) as n,
        sum(case when _is_layout_row then 1 else 0 end) as layout_rows,
        sum(case when _reject_reason is not null then 1 else 0 end) as rejected_rows,
        sum(case when not _is_layout_row and _reject_reason is null then 1 else 0 end) as valid_rows
    from "off"."main"."base_ga4__traffic_acquisition"
),

duplicates as (
    select
        count(*) as n
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
    from "off"."main"."stg_ga4__traffic_acquisition"
),

folded as (
    select count(*) as n
    from "off"."main"."base_ga4__traffic_acquisition"
    where 1 = 0
),

quarantined as (
    select count(*) as n
    from "off"."main"."quarantine_ga4"
    where raw_table = 'ga4__traffic_acquisition'
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
