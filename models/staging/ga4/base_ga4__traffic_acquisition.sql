-- Every raw row of the GA4 traffic acquisition reports, parsed, with its exclusion rule.
-- The report period comes from each file's "# Start date: YYYYMMDD" preamble line.
with source as (
    select * from {{ source('ga4', 'traffic_acquisition') }}
),

preamble as (
    select
        filename as _source_file,
        {{ parse_date("regexp_extract(content, '# Start date: ([0-9]+)', 1)", ['%Y%m%d']) }} as period_start,
        {{ parse_date("regexp_extract(content, '# End date: ([0-9]+)', 1)", ['%Y%m%d']) }} as period_end
    from {{ source('ga4', 'traffic_acquisition_preamble') }}
),

parsed as (
    select
        -- lineage
        source.filename as _source_file,
        {{ loaded_at(source('ga4', 'traffic_acquisition'), 'source.') }} as _loaded_at,
        {{ raw_values(source('ga4', 'traffic_acquisition'), 'source.') }} as _raw_values,
        -- dimensions
        {{ null_token('source."Session source / medium"') }} as source_medium,
        trim({{ dbt.split_part('source."Session source / medium"', "' / '", 1) }}) as traffic_source,
        trim({{ dbt.split_part('source."Session source / medium"', "' / '", 2) }}) as traffic_medium,
        coalesce({{ null_token('source."Session campaign"') }}, '(not set)') as traffic_campaign,
        -- dates
        preamble.period_start,
        preamble.period_end,
        -- measures
        {{ parse_integer('source."Sessions"') }} as sessions,
        {{ parse_integer('source."Engaged sessions"') }} as engaged_sessions,
        {{ parse_integer('source."Active users"') }} as active_users,
        {{ parse_integer('source."New users"') }} as new_users,
        {{ parse_integer('source."Views"') }} as views,
        {{ parse_integer('source."Event count"') }} as event_count,
        {{ parse_integer('source."Key events"') }} as key_events,
        -- layout: an exploration-style "Grand total" row has an empty dimension
        coalesce(source."Session source / medium", '') = '' as _is_layout_row
    from source
    left join preamble on source.filename = preamble._source_file
),

classified as (
    {{ classify_rows(
        'parsed',
        required=['period_start', 'source_medium', 'sessions', 'engaged_sessions', 'active_users', 'new_users'],
        checks=[['parsed.engaged_sessions > parsed.sessions', 'engaged sessions above sessions']]
    ) }}
)

select * from classified
