-- Every raw row of the Microsoft Advertising campaign report, parsed, with its exclusion rule.
with source as (
    select * from {{ source('microsoft_ads', 'campaign_report') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('microsoft_ads', 'campaign_report')) }} as _loaded_at,
        {{ raw_values(source('microsoft_ads', 'campaign_report')) }} as _raw_values,
        -- ids
        {{ null_token('"Campaign ID"') }} as campaign_id,
        -- dimensions
        'microsoft_ads' as platform,
        {{ null_token('"Account name"') }} as account_name,
        {{ null_token('"Campaign name"') }} as campaign_name,
        upper({{ null_token('"Currency code"') }}) as currency,
        -- dates
        {{ parse_date('"Gregorian date"', ['%m/%d/%Y', '%Y-%m-%d']) }} as ad_date,
        -- measures
        {{ parse_integer('"Impressions"') }} as impressions,
        {{ parse_integer('"Clicks"') }} as clicks,
        {{ parse_number('"Spend"') }} as spend_amount_local,
        {{ parse_number('"Conversions"') }} as conversions,
        -- layout: the copyright footer line
        coalesce("Gregorian date" like '%Microsoft Corporation. All rights reserved.%', false)
            as _is_layout_row
    from source
),

classified as (
    {{ classify_ad_rows('parsed') }}
)

select * from classified
