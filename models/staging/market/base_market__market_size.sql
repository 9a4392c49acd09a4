-- Every raw row of the market size sheet, parsed, with its exclusion rule. Values are USD.
with source as (
    select * from {{ source('market', 'market_size') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('market', 'market_size')) }} as _loaded_at,
        {{ raw_values(source('market', 'market_size')) }} as _raw_values,
        -- dimensions
        {{ null_token('region') }} as market_region,
        'USD' as currency,
        -- dates
        {{ parse_date('quarter_start', ['%Y-%m-%d']) }} as quarter_start,
        -- measures
        {{ parse_number('total_market_revenue_usd') }} as total_market_revenue_local,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows(
        'parsed',
        required=['quarter_start', 'market_region', 'total_market_revenue_local'],
        checks=[['parsed.total_market_revenue_local <= 0', 'market revenue not positive']],
        fx={'currency': 'currency', 'date': 'quarter_start', 'amounts': {'total_market_revenue_local': 'total_market_revenue_amount'}}
    ) }}
)

select * from classified
