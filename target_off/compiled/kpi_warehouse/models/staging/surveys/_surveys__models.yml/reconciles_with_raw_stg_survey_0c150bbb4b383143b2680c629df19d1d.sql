with raw_rows as (
    select
        count(*) as n
    from read_parquet('/tmp/wt35/warehouse/landing/surveys/csat_responses/*.parquet', union_by_name=true)
),

ranked as (
    select
        *,
        row_number() over (partition by response_id order by _source_file desc) as _dedupe_rank
    from "off"."main"."base_surveys__csat_responses"
    where not _is_layout_row and _reject_reason is null
),

base_rows as (
    select
        count(*) as n,
        sum(case when _is_layout_row then 1 else 0 end) as layout_rows,
        sum(case when _reject_reason is not null then 1 else 0 end) as rejected_rows,
        sum(case when not _is_layout_row and _reject_reason is null then 1 else 0 end) as valid_rows
    from "off"."main"."base_surveys__csat_responses"
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
    from "off"."main"."stg_surveys__csat_responses"
),

folded as (
    select count(*) as n
    from "off"."main"."base_surveys__csat_responses"
    where 1 = 0
),

quarantined as (
    select count(*) as n
    from "off"."main"."quarantine_surveys"
    where raw_table = 'surveys__csat_responses'
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
