
    
      
    

    create  table
      "off"."marts"."dq_crm_records__dbt_tmp"
  
  (
    record_type varchar,
    record_id varchar,
    source_system varchar,
    rule_name varchar,
    detail varchar
    
    )
 ;
    
    
    insert into "off"."marts"."dq_crm_records__dbt_tmp" 
  (
    
      
      
      record_type ,
    
      
      
      record_id ,
    
      
      
      source_system ,
    
      
      
      rule_name ,
    
      
      
      detail 
    
  )
 (
      
    select record_type, record_id, source_system, rule_name, detail
    from (
        -- CRM records that real CRMs hold but the funnel rules had to adjust or read specially, one row
-- per record and rule (DECISIONLOG.md, "Real CRM records"). Stage dates are compared at day
-- precision, as the funnel counts them.
--   * stage_before_create: a lifecycle stage dated before the contact's create date; the stage
--     counts as reached on the create date.
--   * stage_out_of_order: a stage dated after a later stage; it counts as reached on the later
--     stage's date (the skip rule).
--   * won_before_first_contact: a deal won before its contact was created; the sales cycle starts
--     at the deal's created date.
--   * open_without_close_date: an open deal with no expected close date; it stays in the pipeline.
--   * merged_into_another_contact: a contact HubSpot merged into another, which an older export
--     still holds; it is left out of the funnel and its deals and touches count for the survivor.
--   * lead_converted_to_contact: a Salesforce campaign member keyed by its lead before the lead
--     converted; the contact's row of the same member is the one touch.
with contacts as (
    select * from "off"."main"."stg_hubspot__contacts"
),

deals as (
    select * from "off"."main"."int_deals__enriched"
),

contact_stages as (
        select
            contact_id,
            'mql' as stage,
            1 as stage_order,
            cast(created_at as date) as created_date,
            cast(became_mql_at as date) as stage_date
        from contacts
        where became_mql_at is not null
            union all
        select
            contact_id,
            'sql' as stage,
            2 as stage_order,
            cast(created_at as date) as created_date,
            cast(became_sql_at as date) as stage_date
        from contacts
        where became_sql_at is not null
            union all
        select
            contact_id,
            'opportunity' as stage,
            3 as stage_order,
            cast(created_at as date) as created_date,
            cast(became_opportunity_at as date) as stage_date
        from contacts
        where became_opportunity_at is not null
            union all
        select
            contact_id,
            'customer' as stage,
            4 as stage_order,
            cast(created_at as date) as created_date,
            cast(became_customer_at as date) as stage_date
        from contacts
        where became_customer_at is not null
),

before_create as (
    select
        'contact' as record_type,
        contact_id as record_id,
        'hubspot' as source_system,
        'stage_before_create' as rule_name,
        stage || ' dated ' || cast(stage_date as TEXT)
        || ', created ' || cast(created_date as TEXT) as detail
    from contact_stages
    where stage_date < created_date
),

out_of_order as (
    select
        'contact' as record_type,
        earlier.contact_id as record_id,
        'hubspot' as source_system,
        'stage_out_of_order' as rule_name,
        earlier.stage || ' dated ' || cast(earlier.stage_date as TEXT)
        || ', after ' || later.stage || ' ' || cast(later.stage_date as TEXT) as detail
    from contact_stages as earlier
    inner join contact_stages as later
        on
            earlier.contact_id = later.contact_id
            and earlier.stage_order < later.stage_order
            and earlier.stage_date > later.stage_date
),

deal_rules as (
    select
        'deal' as record_type,
        deal_id as record_id,
        source_system,
        'won_before_first_contact' as rule_name,
        'won ' || cast(cast(won_at as date) as TEXT)
        || ', contact created ' || cast(lead_date as TEXT) as detail
    from deals
    where is_won and cast(won_at as date) < lead_date
    union all
    select
        'deal' as record_type,
        deal_id as record_id,
        source_system,
        'open_without_close_date' as rule_name,
        'open deal, no close date' as detail
    from deals
    where deal_status = 'open' and expected_close_at is null
),

merged_contacts as (
    select
        'contact' as record_type,
        merged_contact_id as record_id,
        'hubspot' as source_system,
        'merged_into_another_contact' as rule_name,
        'merged into contact ' || surviving_contact_id as detail
    from "off"."main"."stg_hubspot__contact_merges"
),

converted_leads as (
    select
        'campaign_member' as record_type,
        member_key as record_id,
        'salesforce' as source_system,
        'lead_converted_to_contact' as rule_name,
        campaign_name || ': contact ' || salesforce_contact_id as detail
    from "off"."main"."stg_salesforce__lead_conversions"
),

final as (
    select * from before_create
    union all
    select * from out_of_order
    union all
    select * from deal_rules
    union all
    select * from merged_contacts
    union all
    select * from converted_leads
)

select * from final
    ) as model_subq
    );
  