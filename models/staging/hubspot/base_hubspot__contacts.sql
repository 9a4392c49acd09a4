{%- set ts_formats = ['%Y-%m-%d %H:%M', '%Y-%m-%d %H:%M:%S', '%Y-%m-%d', '%m/%d/%Y %H:%M', '%m/%d/%Y'] %}
-- Every raw row of the HubSpot contacts exports, parsed, with its exclusion rule.
-- Names and phone numbers are not read; the e-mail is hashed here and never leaves staging.
with source as (
    select * from {{ source('hubspot', 'contacts') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('hubspot', 'contacts')) }} as _loaded_at,
        {{ raw_values(source('hubspot', 'contacts')) }} as _raw_values,
        -- ids
        {{ null_token('"Record ID"') }} as contact_id,
        {{ hash_pii('"Email"') }} as email_hash,
        -- dimensions
        {{ null_token('"Company Name"') }} as company_name,
        upper({{ null_token('"Country/Region"') }}) as country_code,
        {{ hubspot_lifecycle_stage('"Lifecycle Stage"') }} as lifecycle_stage,
        {{ null_token('"Original Source"') }} as original_source,
        {{ null_token('"Original Source Drill-Down 1"') }} as original_source_detail,
        {{ null_token('"Original Source Drill-Down 2"') }} as utm_campaign,
        -- measures
        {{ parse_integer('"HubSpot Score"') }} as lead_score,
        -- dates
        {{ parse_timestamp('"Create Date"', ts_formats) }}
            as created_at,
        {{ parse_timestamp('"Became a Lead Date"', ts_formats) }}
            as became_lead_at,
        {{ parse_timestamp('"Became a Marketing Qualified Lead Date"', ts_formats) }}
            as became_mql_at,
        {{ parse_timestamp('"Became a Sales Qualified Lead Date"', ts_formats) }}
            as became_sql_at,
        {{ parse_timestamp('"Became an Opportunity Date"', ts_formats) }}
            as became_opportunity_at,
        {{ parse_timestamp('"Became a Customer Date"', ts_formats) }}
            as became_customer_at,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows(
        'parsed',
        required=['contact_id', 'created_at'],
        checks=[['parsed.lead_score not between 0 and 100', 'lead score outside 0-100']]
    ) }}
)

select * from classified
