-- Every raw row of the LinkedIn campaign performance export, parsed, with its exclusion rule.
with source as (
    select * from {{ source('linkedin_ads', 'campaign_report') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('linkedin_ads', 'campaign_report')) }} as _loaded_at,
        {{ raw_values(source('linkedin_ads', 'campaign_report')) }} as _raw_values,
        -- ids
        {{ null_token('"Campaign ID"') }} as campaign_id,
        -- dimensions
        'linkedin_ads' as platform,
        {{ null_token('"Account Name"') }} as account_name,
        {{ null_token('"Campaign Name"') }} as campaign_name,
        upper({{ null_token('"Currency"') }}) as currency,
        -- dates
        {{ parse_date('"Start Date (in UTC)"', ['%m/%d/%Y', '%Y-%m-%d']) }} as ad_date,
        -- measures
        {{ parse_integer('"Impressions"') }} as impressions,
        {{ parse_integer('"Clicks"') }} as clicks,
        {{ parse_number('"Total Spent"') }} as spend_amount_local,
        {{ parse_number('"Conversions"') }} as conversions,
        -- layout: a "Total" row is mentioned by one consumer; treat it as a footer if present
        coalesce("Start Date (in UTC)" like 'Total%', false) as _is_layout_row
    from source
),

classified as (
    {{ classify_ad_rows('parsed') }}
)

select * from classified
