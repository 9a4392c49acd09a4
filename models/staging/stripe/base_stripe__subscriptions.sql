{%- set ts_formats = ['%Y-%m-%d %H:%M', '%Y-%m-%d %H:%M:%S', '%m/%d/%y %H:%M', '%Y-%m-%d'] %}
-- Every raw row of the Stripe subscriptions exports, parsed, with its exclusion rule.
-- Customer e-mail and name are not read.
with source as (
    select * from {{ source('stripe', 'subscriptions') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('stripe', 'subscriptions')) }} as _loaded_at,
        {{ raw_values(source('stripe', 'subscriptions')) }} as _raw_values,
        -- ids
        {{ null_token('"id"') }} as subscription_id,
        {{ null_token('"Customer ID"') }} as customer_id,
        {{ null_token('"hubspot_contact_id (metadata)"') }} as contact_id,
        -- dimensions
        {{ null_token('"Plan"') }} as plan_id,
        lower({{ null_token('"Status"') }}) as subscription_status,
        lower({{ null_token('"Interval"') }}) as billing_interval,
        upper({{ null_token('"Currency"') }}) as currency,
        -- measures
        {{ parse_integer('"Quantity"') }} as quantity,
        {{ parse_number('"Amount"') }} as unit_amount_local,
        -- dates
        {{ parse_timestamp('"Created (UTC)"', ts_formats) }} as created_at,
        {{ parse_timestamp('"Start Date (UTC)"', ts_formats) }} as started_at,
        {{ parse_timestamp('"Canceled At (UTC)"', ts_formats) }} as canceled_at,
        {{ parse_timestamp('"Ended At (UTC)"', ts_formats) }} as ended_at,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows(
        'parsed',
        required=['subscription_id', 'customer_id', 'started_at', 'unit_amount_local', 'quantity'],
        checks=[['parsed.unit_amount_local < 0', 'negative amount']],
        fx={'currency': 'currency', 'date': 'started_at', 'amounts': {'unit_amount_local': 'unit_amount'}}
    ) }}
)

select * from classified
