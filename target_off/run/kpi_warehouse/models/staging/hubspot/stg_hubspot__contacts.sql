
    

    create  table
      "off"."main"."stg_hubspot__contacts__dbt_tmp"
  
    
    as (
      -- One row per contact_id: valid rows of base_hubspot__contacts, the newest export file winning;
-- a contact merged into another (stg_hubspot__contact_merges) is left out, its person counted once.
with base as (
    select * from "off"."main"."base_hubspot__contacts"
    where not _is_layout_row and _reject_reason is null
),

contact_merges as (
    select * from "off"."main"."stg_hubspot__contact_merges"
),

newest as (
    select *
    from (
        select
            *,
            row_number() over (partition by contact_id order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
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
        case lower(replace(trim(deduplicated.lifecycle_stage_raw), ' ', ''))
        when 'subscriber' then 'subscriber'
        when 'lead' then 'lead'
        -- "Marketing Qualified Lead" / marketingqualifiedlead
        when 'marketingqualifiedlead' then 'marketingqualifiedlead'
        -- "Sales Qualified Lead" / salesqualifiedlead
        when 'salesqualifiedlead' then 'salesqualifiedlead'
        when 'opportunity' then 'opportunity'
        when 'customer' then 'customer'
        when 'evangelist' then 'evangelist'
        when 'other' then 'other'
    end as lifecycle_stage,
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
    left join "off"."main"."channel_map" as channel_map
        on
            channel_map.match_type = 'hubspot_original_source'
            and channel_map.match_value = deduplicated.original_source
)

select * from final
    );
    
  