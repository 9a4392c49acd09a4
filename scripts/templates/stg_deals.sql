-- HubSpot deals and Salesforce opportunities end in one CRM-neutral deal column set. A CRM with
-- merged contacts (merged_contact_id, surviving_contact_id): a deal of a merged contact belongs to
-- the surviving one.
with base as (
    select * from {{ ref('__BASE_MODEL__') }}
    where not _is_layout_row and _reject_reason is null
),

newest as (
    {{ deduplicate_rows('base', 'deal_id', '_source_file desc') }}
),

deduplicated as (
    {%- if contact_merges %}
    select
        newest.*,
        coalesce(merged.surviving_contact_id, newest.contact_id) as surviving_contact_id
    from newest
    left join {{ ref('__CONTACT_MERGES__') }} as merged on newest.contact_id = merged.merged_contact_id
    {%- else %}
    select
        newest.*,
        newest.contact_id as surviving_contact_id
    from newest
    {%- endif %}
),

final as (
    select
        -- ids
        deal_id,
        surviving_contact_id as contact_id,
        owner_hash,
        -- dimensions
        source_system,
        deal_name,
        deal_stage,
        deal_status,
        pipeline,
        team_name,
        lead_source,
        currency,
        -- measures
        amount_local,
        amount,
        -- dates
        created_at,
        closed_at,
        -- lineage
        _source_file,
        _loaded_at
    from deduplicated
)

select * from final
