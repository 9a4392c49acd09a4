-- One row per email_campaign_id: valid rows of base_mailchimp__campaigns, the newest export file winning.
{%- set keys = {'email_campaign_id': 'email_campaign_id'} %}
{{ incremental_by_key('base_mailchimp__campaigns', keys) }}
with base as (
    {{ valid_landed_rows('base_mailchimp__campaigns', keys, 'sent_at') }}
),

deduplicated as (
    {{ deduplicate_rows('base', 'email_campaign_id', '_source_file desc') }}
),

final as (
    select
        -- ids
        email_campaign_id,
        -- dimensions
        campaign_title,
        subject_line,
        audience_name,
        -- dates
        sent_at,
        cast(sent_at as date) as sent_date,
        -- measures
        sent,
        delivered,
        soft_bounces,
        hard_bounces,
        bounces,
        unique_opens,
        total_opens,
        unique_clicks,
        total_clicks,
        unsubscribes,
        abuse_complaints,
        -- whether its export has the column (int_measures__exported: a KPI without it is NULL)
        {{ column_exported('delivered') }} as delivered_exported,
        {{ column_exported('bounces') }} as bounces_exported,
        {{ column_exported('unique_opens') }} as unique_opens_exported,
        {{ column_exported('unique_clicks') }} as unique_clicks_exported,
        {{ column_exported('unsubscribes') }} as unsubscribes_exported,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final
