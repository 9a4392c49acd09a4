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
        deduplicated.contact_id,
        deduplicated.email_hash,
        -- dimensions
        deduplicated.company_name,
        deduplicated.country_code,
        {{ hubspot_lifecycle_stage('deduplicated.lifecycle_stage_raw') }} as lifecycle_stage,
        deduplicated.original_source,
        deduplicated.original_source_detail,
        deduplicated.utm_campaign,
        coalesce(channel_map.channel, 'Other') as channel,
        -- measures
        deduplicated.lead_score,
        -- dates
        deduplicated.created_at,
        deduplicated.became_lead_at,
        deduplicated.became_mql_at,
        deduplicated.became_sql_at,
        deduplicated.became_opportunity_at,
        deduplicated.became_customer_at,
        -- lineage
        deduplicated._source_file,
        deduplicated._loaded_at
    from deduplicated
    {{ join_channel_map('channel_map', 'hubspot_original_source', 'deduplicated.original_source') }}
)

select * from final
