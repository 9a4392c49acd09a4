-- One row per quarter_start: valid rows of base_surveys__brand_awareness, the newest export file winning.
with base as (
    select * from "off"."main"."base_surveys__brand_awareness"
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    select *
    from (
        select
            *,
            row_number() over (partition by quarter_start order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

final as (
    select
        -- keys
        quarter_start,
        -- measures
        respondents,
        aided_aware,
        unaided_aware,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final