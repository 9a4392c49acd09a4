{%- set ts_formats = ['%Y-%m-%d %H:%M', '%Y-%m-%d %H:%M:%S', '%m/%d/%y %H:%M', '%Y-%m-%d'] %}
-- Every raw row of the Stripe invoices exports, parsed, with its exclusion rule.
-- Customer e-mail and name are not read.
with source as (
    select * from {{ source('stripe', 'invoices') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('stripe', 'invoices')) }} as _loaded_at,
        {{ raw_values(source('stripe', 'invoices')) }} as _raw_values,
        -- ids
        {{ null_token('"id"') }} as invoice_id,
        {{ null_token('"Number"') }} as invoice_number,
        {{ null_token('"Customer"') }} as customer_id,
        {{ null_token('"Subscription"') }} as subscription_id,
        -- dimensions
        lower({{ null_token('"Status"') }}) as invoice_status,
        upper({{ null_token('"Currency"') }}) as currency,
        -- measures
        {{ parse_number('"Amount Due"') }} as amount_due_local,
        {{ parse_number('"Amount Paid"') }} as amount_paid_local,
        -- dates
        {{ parse_timestamp('"Date (UTC)"', ts_formats) }} as invoiced_at,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows(
        'parsed',
        required=['invoice_id', 'customer_id', 'invoiced_at', 'amount_due_local'],
        checks=[['parsed.amount_due_local < 0', 'negative amount']],
        fx={'currency': 'currency', 'date': 'invoiced_at', 'amounts': {'amount_due_local': 'amount_due', 'amount_paid_local': 'amount_paid'}},
        not_in_future=['invoiced_at']
    ) }}
)

select * from classified
