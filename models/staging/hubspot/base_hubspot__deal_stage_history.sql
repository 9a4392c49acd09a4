{%- set ts_formats = ['%Y-%m-%d %H:%M', '%Y-%m-%d %H:%M:%S', '%Y-%m-%d', '%m/%d/%Y %H:%M', '%m/%d/%Y'] %}
-- Every raw row of the deal stage history, parsed, with its exclusion rule.
with source as (
    select * from {{ source('hubspot', 'deal_stage_history') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('hubspot', 'deal_stage_history')) }} as _loaded_at,
        {{ raw_values(source('hubspot', 'deal_stage_history')) }} as _raw_values,
        -- ids
        {{ null_token('"Record ID"') }} as deal_id,
        -- dimensions
        {{ null_token('"Deal Stage"') }} as deal_stage,
        {{ null_token('"Source"') }} as change_source,
        -- dates
        {{ parse_timestamp('"Date entered"', ts_formats) }}
            as entered_at,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows('parsed', required=['deal_id', 'deal_stage', 'entered_at']) }}
)

select * from classified
