-- Every landed row of the social linkedin_page exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- converts money to the reporting currency and adds the FX rule.

    with landed as (
        select * from read_parquet('/tmp/wt35/warehouse/landing/social/linkedin_page/*.parquet', union_by_name=true) as landed_rows
    ),

    final as (
        select
            landed._source_file,
            landed._source_line,
            landed._loaded_at,
            landed._exported_at,
            landed.stat_date,
            landed.impressions,
            landed.reactions,
            landed.comments,
            landed.shares,
            landed.new_followers,
            landed.followers_total,
            landed.social_platform,
            landed._is_layout_row,
            landed._raw_values,
            landed._row_hash,
            landed._segment,
            case
                when landed._reject_reason is not null then landed._reject_reason
            end as _reject_reason
        from landed
    )

    select * from final