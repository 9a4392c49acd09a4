-- One row per contact_id: valid rows of base_hubspot__contacts, the newest export file winning.
with base as (
    select * from {{ ref('base_hubspot__contacts') }}
    where not _is_layout_row and _reject_reason is null
),

deduplicated as (
    {{ deduplicate_rows('base', 'contact_id', '_source_file desc') }}
),

final as (
    select
        -- ids
        contact_id,
        email_hash,
        -- dimensions
        company_name,
        country_code,
        lifecycle_stage,
        original_source,
        original_source_detail,
        utm_campaign,
        coalesce(channel_map.channel, 'Other') as channel,
        -- measures
        lead_score,
        -- dates
        created_at,
        became_lead_at,
        became_mql_at,
        became_sql_at,
        became_opportunity_at,
        became_customer_at,
        -- lineage
        _source_file
    from deduplicated
    {{ join_channel_map('channel_map', 'hubspot_original_source', 'deduplicated.original_source') }}
)

select * from final
