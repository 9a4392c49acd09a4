-- One row per campaign × recipient × action × time × link: valid rows of
-- base_mailchimp__email_activity, the newest export file winning. Incremental by campaign: a run
-- recomputes the campaigns of the exports landed since and those active in the lookback window.
{%- set keys = {'email_campaign_id': 'email_campaign_id'} %}
{{ incremental_by_key('base_mailchimp__email_activity', keys) }}
with base as (
    {{ valid_landed_rows('base_mailchimp__email_activity', keys, 'activity_at') }}
),

deduplicated as (
    {{ deduplicate_rows(
        'base', 'email_campaign_id, email_hash, activity_at, activity_action, clicked_url', '_source_file desc'
    ) }}
),

final as (
    select
        -- ids
        {{ surrogate_key(['email_campaign_id', 'email_hash', 'activity_at', 'activity_action', "coalesce(clicked_url, '')"]) }}
            as email_activity_id,
        email_campaign_id,
        email_hash,
        -- dimensions
        activity_action,
        campaign_title,
        clicked_url,
        -- dates
        activity_at,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final
