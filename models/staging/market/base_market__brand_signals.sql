-- Every raw row of the monthly brand signals sheet, parsed, with its exclusion rule.
with source as (
    select * from {{ source('market', 'brand_signals') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('market', 'brand_signals')) }} as _loaded_at,
        {{ raw_values(source('market', 'brand_signals')) }} as _raw_values,
        -- dates
        {{ parse_date('month', ['%Y-%m-%d', '%Y-%m']) }} as signal_month,
        -- measures
        {{ parse_integer('social_mentions') }} as social_mentions,
        {{ parse_integer('branded_search_volume') }} as branded_search_volume,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows('parsed', required=['signal_month', 'social_mentions', 'branded_search_volume']) }}
)

select * from classified
