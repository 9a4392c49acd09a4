-- Every raw row of the Meta Ads Manager export, parsed, with its exclusion rule.
-- The account currency is in the header ("Amount spent (TWD)"): the column is found by name when
-- the model runs, so exports of accounts in any currency (and several at once) are read.
{%- set spend_columns = columns_matching(source('meta_ads', 'campaign_report'), 'Amount spent (%)') %}
{%- if execute and spend_columns | length == 0 %}
    {{ exceptions.raise_compiler_error("meta_ads/campaign_report: no 'Amount spent (<currency>)' column in the export header") }}
{%- endif %}

with source as (
    select * from {{ source('meta_ads', 'campaign_report') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('meta_ads', 'campaign_report')) }} as _loaded_at,
        {{ raw_values(source('meta_ads', 'campaign_report')) }} as _raw_values,
        -- ids
        {{ null_token('"Campaign ID"') }} as campaign_id,
        -- dimensions
        'meta_ads' as platform,
        cast(null as {{ dbt.type_string() }}) as account_name,  -- not exported by Meta (file name only)
        {{ null_token('"Campaign name"') }} as campaign_name,
        case
            {%- for col in spend_columns %}
                when "{{ col }}" is not null then '{{ col[14:-1] | upper }}'
            {%- endfor %}
        end as currency,
        -- dates
        {{ parse_date('"Reporting starts"', ['%Y-%m-%d']) }} as ad_date,
        -- measures
        {{ parse_integer('"Impressions"') }} as impressions,
        {{ parse_integer('"Link clicks"') }} as clicks,
        {{ parse_number('coalesce(' ~ ('"' ~ spend_columns | join('", "') ~ '"' if spend_columns else "null") ~ ')') }}
            as spend_amount_local,
        coalesce({{ parse_number('"Results"') }}, 0) as conversions,
        -- layout: the summary row has no campaign
        coalesce("Campaign name", '') = '' and coalesce("Campaign ID", '') = '' as _is_layout_row
    from source
),

classified as (
    {{ classify_ad_rows('parsed') }}
)

select * from classified
