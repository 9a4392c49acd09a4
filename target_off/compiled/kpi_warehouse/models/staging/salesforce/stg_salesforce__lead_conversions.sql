-- Salesforce leads converted into contacts: when a lead converts, its campaign member record takes
-- the Contact ID beside the Lead ID, and the member's key (the contact, else the lead) changes. One
-- row per campaign member keyed by a Lead ID alone (an export from before the conversion) whose
-- campaign has the same member with its Contact ID (a later export): stg_salesforce__campaign_members
-- keeps the contact's row only, dq_crm_records lists the fold.
with base as (
    select * from "off"."main"."base_salesforce__campaign_members"
    where not _is_layout_row and _reject_reason is null
),

newest as (
    select *
    from (
        select
            *,
            row_number() over (partition by campaign_name, member_key order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

converted as (
    select
        campaign_name,
        salesforce_lead_id,
        min(salesforce_contact_id) as salesforce_contact_id
    from newest
    where salesforce_lead_id is not null and salesforce_contact_id is not null
    group by campaign_name, salesforce_lead_id
),

final as (
    select
        newest.campaign_name,
        newest.member_key,
        newest.salesforce_lead_id,
        converted.salesforce_contact_id
    from newest
    inner join converted
        on
            newest.campaign_name = converted.campaign_name
            and newest.salesforce_lead_id = converted.salesforce_lead_id
    where newest.salesforce_contact_id is null
)

select * from final