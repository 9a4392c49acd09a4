-- Every raw row of the events sheet, parsed, with its exclusion rule.
with source as (
    select * from {{ source('events', 'events') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('events', 'events')) }} as _loaded_at,
        {{ raw_values(source('events', 'events')) }} as _raw_values,
        -- ids
        {{ null_token('event_id') }} as event_id,
        -- dimensions
        {{ null_token('event_name') }} as event_name,
        lower({{ null_token('event_type') }}) as event_type,
        upper({{ null_token('country') }}) as country_code,
        upper({{ null_token('currency') }}) as currency,
        -- dates
        {{ parse_date('event_date', ['%Y-%m-%d', '%m/%d/%Y']) }} as event_date,
        -- measures
        {{ parse_integer('registrants') }} as registrants,
        {{ parse_integer('attendees') }} as attendees,
        {{ parse_integer('target_attendees') }} as target_attendees,
        {{ parse_number('cost') }} as cost_amount_local,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows(
        'parsed',
        required=['event_id', 'event_date', 'event_type', 'attendees', 'target_attendees', 'cost_amount_local'],
        checks=[
            ["parsed.event_type not in ('online', 'offline')", 'event type not online or offline'],
            ['parsed.target_attendees > parsed.attendees', 'target attendees above attendees'],
            ['parsed.cost_amount_local < 0', 'negative cost']
        ],
        fx={'currency': 'currency', 'date': 'event_date', 'amounts': {'cost_amount_local': 'cost_amount'}}
    ) }}
)

select * from classified
