-- Every raw row of the monthly expenses export, parsed, with its exclusion rule.
with source as (
    select * from {{ source('finance', 'expenses') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('finance', 'expenses')) }} as _loaded_at,
        {{ raw_values(source('finance', 'expenses')) }} as _raw_values,
        -- dimensions
        {{ null_token('"Category"') }} as expense_category,
        upper({{ null_token('"Currency"') }}) as currency,
        -- dates
        {{ parse_date('"Month"', ['%Y-%m-%d', '%Y-%m']) }} as expense_month,
        -- measures
        {{ parse_number('"Amount"') }} as amount_local,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows(
        'parsed',
        required=['expense_month', 'expense_category', 'amount_local'],
        fx={'currency': 'currency', 'date': 'expense_month', 'amounts': {'amount_local': 'amount'}}
    ) }}
)

select * from classified
