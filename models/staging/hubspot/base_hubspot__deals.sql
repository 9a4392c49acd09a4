{%- set ts_formats = ['%Y-%m-%d %H:%M', '%Y-%m-%d %H:%M:%S', '%Y-%m-%d', '%m/%d/%Y %H:%M', '%m/%d/%Y'] %}
-- Every raw row of the HubSpot deals exports, parsed, with its exclusion rule.
-- Amounts are converted at the deal's create date (the quote's date).
with source as (
    select * from {{ source('hubspot', 'deals') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('hubspot', 'deals')) }} as _loaded_at,
        {{ raw_values(source('hubspot', 'deals')) }} as _raw_values,
        -- ids
        {{ null_token('"Record ID"') }} as deal_id,
        {{ null_token(dbt.split_part('"Associated Contact IDs"', "';'", 1)) }} as contact_id,
        {{ hash_pii('"Deal owner"') }} as owner_hash,
        -- dimensions
        'hubspot' as source_system,
        {{ null_token('"Deal Name"') }} as deal_name,
        {{ null_token('"Deal Stage"') }} as deal_stage,
        {{ deal_status('"Deal Stage"') }} as deal_status,
        {{ null_token('"Pipeline"') }} as pipeline,
        {{ null_token('"HubSpot Team"') }} as team_name,
        cast(null as {{ dbt.type_string() }}) as lead_source,  -- not exported by HubSpot deals
        upper({{ null_token('"Currency"') }}) as currency,
        -- measures
        {{ parse_number('"Amount"') }} as amount_local,
        -- dates
        {{ parse_timestamp('"Create Date"', ts_formats) }}
            as created_at,
        {{ parse_timestamp('"Close Date"', ts_formats) }}
            as closed_at,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows(
        'parsed',
        required=['deal_id', 'deal_stage', 'created_at', 'closed_at', 'amount_local'],
        checks=[['parsed.amount_local < 0', 'negative amount'], ['parsed.closed_at < parsed.created_at', 'close date before create date']],
        fx={'currency': 'currency', 'date': 'created_at', 'amounts': {'amount_local': 'amount'}}
    ) }}
)

select * from classified
