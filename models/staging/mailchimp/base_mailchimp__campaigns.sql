-- Every raw row of the Mailchimp campaign reports, parsed, with its exclusion rule.
with source as (
    select * from {{ source('mailchimp', 'campaigns') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('mailchimp', 'campaigns')) }} as _loaded_at,
        {{ raw_values(source('mailchimp', 'campaigns')) }} as _raw_values,
        -- ids
        {{ null_token('"Unique Id"') }} as email_campaign_id,
        -- dimensions
        {{ null_token('"Title"') }} as campaign_title,
        {{ null_token('"Subject"') }} as subject_line,
        {{ null_token('"List"') }} as audience_name,
        -- dates
        {{ parse_timestamp('"Send Date"', ['%b %d, %Y %I:%M %p', '%Y-%m-%d %H:%M', '%m/%d/%y %H:%M']) }} as sent_at,
        -- measures
        {{ parse_integer('"Total Recipients"') }} as sent,
        {{ parse_integer('"Successful Deliveries"') }} as delivered,
        {{ parse_integer('"Soft Bounces"') }} as soft_bounces,
        {{ parse_integer('"Hard Bounces"') }} as hard_bounces,
        {{ parse_integer('"Total Bounces"') }} as bounces,
        {{ parse_integer('"Unique Opens"') }} as unique_opens,
        {{ parse_integer('"Total Opens"') }} as total_opens,
        {{ parse_integer('"Unique Clicks"') }} as unique_clicks,
        {{ parse_integer('"Total Clicks"') }} as total_clicks,
        {{ parse_integer('"Unsubscribes"') }} as unsubscribes,
        {{ parse_integer('"Abuse Complaints"') }} as abuse_complaints,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows(
        'parsed',
        required=['email_campaign_id', 'sent_at', 'sent', 'delivered', 'unique_opens', 'unique_clicks', 'bounces', 'unsubscribes'],
        checks=[
            ['parsed.delivered > parsed.sent', 'delivered above recipients'],
            ['parsed.unique_opens > parsed.delivered', 'unique opens above deliveries'],
            ['parsed.unique_clicks > parsed.unique_opens', 'unique clicks above unique opens']
        ]
    ) }}
)

select * from classified
