-- One row per contact_id: valid rows of base_hubspot__contacts, the newest export file winning;
-- a contact merged into another (stg_hubspot__contact_merges) is left out, its person counted once.
with base as (
    select * from {{ ref('base_hubspot__contacts') }}
    where not _is_layout_row and _reject_reason is null
),

contact_merges as (
    select * from {{ ref('stg_hubspot__contact_merges') }}
),

newest as (
    {{ deduplicate_rows('base', 'contact_id', '_source_file desc') }}
),

deduplicated as (
    select newest.*
    from newest
    left join contact_merges on newest.contact_id = contact_merges.merged_contact_id
    where contact_merges.merged_contact_id is null
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
        deduplicated.lead_score
        {{- pass_through_select(pass_through_columns('hubspot/contacts'), 'deduplicated.') }},
        -- whether its export has the column (int_measures__exported: a KPI without it is NULL)
        {{ column_exported('became_mql_at', 'deduplicated') }} as mql_date_exported,
        {{ column_exported('became_sql_at', 'deduplicated') }} as sql_date_exported,
        {{ column_exported('lead_score', 'deduplicated') }} as lead_score_exported,
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
