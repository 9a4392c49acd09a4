-- Every raw row of the Google Ads campaign report, parsed, with the rule that excludes it if any.
with source as (
    select * from {{ source('google_ads', 'campaign_report') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('google_ads', 'campaign_report')) }} as _loaded_at,
        {{ raw_values(source('google_ads', 'campaign_report')) }} as _raw_values,
        -- ids
        {{ null_token('"Campaign ID"') }} as campaign_id,
        -- dimensions
        'google_ads' as platform,
        cast(null as {{ dbt.type_string() }}) as account_name,  -- not exported by Google Ads
        {{ null_token('"Campaign"') }} as campaign_name,
        upper({{ null_token('"Currency code"') }}) as currency,
        -- dates
        {{ parse_date('"Day"', ['%Y-%m-%d']) }} as ad_date,
        -- measures
        {{ parse_integer('"Impr."') }} as impressions,
        {{ parse_integer('"Clicks"') }} as clicks,
        {{ parse_number('"Cost"') }} as spend_amount_local,
        {{ parse_number('"Conversions"') }} as conversions,
        -- layout: the footer "Total: Campaigns / Account / <type>" rows are not data
        coalesce("Day" like 'Total:%', false) as _is_layout_row
    from source
),

classified as (
    {{ classify_ad_rows('parsed') }}
)

select * from classified
