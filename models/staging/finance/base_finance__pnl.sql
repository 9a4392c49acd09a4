-- Every raw row of the monthly P&L export, parsed, with its exclusion rule.
with source as (
    select * from {{ source('finance', 'pnl') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('finance', 'pnl')) }} as _loaded_at,
        {{ raw_values(source('finance', 'pnl')) }} as _raw_values,
        -- dimensions
        upper({{ null_token('"Currency"') }}) as currency,
        -- dates
        {{ parse_date('"Month"', ['%Y-%m-%d', '%Y-%m']) }} as pnl_month,
        -- measures
        {{ parse_number('"Net Sales"') }} as net_sales_local,
        {{ parse_number('"Net Income"') }} as net_income_local,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows(
        'parsed',
        required=['pnl_month', 'net_sales_local', 'net_income_local'],
        fx={'currency': 'currency', 'date': 'pnl_month', 'amounts': {'net_sales_local': 'net_sales_amount', 'net_income_local': 'net_income_amount'}}
    ) }}
)

select * from classified
