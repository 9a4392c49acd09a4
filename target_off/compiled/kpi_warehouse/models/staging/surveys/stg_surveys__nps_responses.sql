-- One row per response_id: valid rows of base_surveys__nps_responses, the newest export file winning.
with base as (
        select * from "off"."main"."base_surveys__nps_responses"
        where not _is_layout_row and _reject_reason is null
    ),

    deduplicated as (
        select *
    from (
        select
            *,
            row_number() over (partition by response_id order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
    ),

    final as (
        select
            -- ids
            response_id,
            customer_id,
            -- dimensions
            response_type,
            -- measures
            score,
            -- dates
            submitted_at,
            -- lineage
            _source_file,
            _loaded_at
        from deduplicated
    )

    select * from final