with raw_rows as (
    select
        count(*) as n,
        sum(spend_amount_local) as money
    from read_parquet('/tmp/wt35/warehouse/landing/google_ads/campaign_report/*.parquet', union_by_name=true)
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
                partition by period_start, period_end, campaign_key, ad_group_key, _source_file, _row_hash order by _source_line
            ) as _copy_rank,
            row_number() over (
                partition by period_start, period_end, campaign_key, ad_group_key order by _source_file desc, _source_line
            ) as _key_rank,
            max(_source_file) over (partition by period_start, period_end, campaign_key, ad_group_key) as _newest_file
        from "off"."main"."base_google_ads__campaign_report"
        where not _is_layout_row and _reject_reason is null
    ) as placed
),

base_rows as (
    select
        count(*) as n,
        sum(case when _is_layout_row then 1 else 0 end) as layout_rows,
        sum(case when _reject_reason is not null then 1 else 0 end) as rejected_rows,
        sum(case when not _is_layout_row and _reject_reason is null then 1 else 0 end) as valid_rows,
        coalesce(sum(case when _is_layout_row then spend_amount_local end), 0) as layout_money,
        coalesce(sum(case when _reject_reason is not null then spend_amount_local end), 0) as rejected_money
    from "off"."main"."base_google_ads__campaign_report"
),

duplicates as (
    select
        count(*) as n,
        coalesce(sum(spend_amount_local), 0) as money
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
        count(*) as n,
        coalesce(sum(spend_amount_local), 0) as money
    from "off"."main"."stg_google_ads__campaign_report"
),

folded as (
    select count(*) as n
    from "off"."main"."base_google_ads__campaign_report"
    where 1 = 0
),

quarantined as (
    select count(*) as n
    from "off"."main"."quarantine_google_ads"
    where raw_table = 'google_ads__campaign_report'
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
    folded.n as folded_rows,
    raw_rows.money as raw_money,
    staged.money as staged_money,
    base_rows.layout_money,
    base_rows.rejected_money,
    duplicates.money as duplicates_money
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
    or abs(
        coalesce(raw_rows.money, 0)
        - (staged.money + base_rows.layout_money + base_rows.rejected_money + duplicates.money)
    ) > 1e-09 * greatest(1, abs(coalesce(raw_rows.money, 0)))
