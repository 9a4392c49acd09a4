-- One row per contact: the lifecycle dates every funnel KPI counts from, the channel and the UTM
-- campaign (HubSpot Original Source Drill-Down 2). The ad campaign a lead is attributed to is
-- joined in int_campaign_attribution__daily, so that a new day of ad exports does not rebuild the
-- CRM models.
-- Stage dates, one rule for every funnel KPI (see DECISIONLOG.md), compared at day precision:
--   * opportunity = the earlier of HubSpot's "Became an Opportunity" date and the contact's first
--     deal (HubSpot or Salesforce); customer = the earlier of "Became a Customer" and the first
--     won deal;
--   * a skipped stage counts as reached on the date of the first later stage the contact reached
--     (lead -> SQL directly makes the contact an MQL on its SQL date), so a stage date is never
--     after the next stage's date and every cohort count is <= the previous stage's;
--   * a stage dated before the contact's create date counts as reached on the create date.
with  __dbt__cte__stg_hubspot__contacts as (

-- Fixture for stg_hubspot__contacts
select 
    
    cast('1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "email_hash", cast(null as character varying(256)) as "company_name", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "original_source_detail", cast(null as character varying(256)) as "utm_campaign", 
    
    cast('Email' as character varying)
 as "channel", cast(null as BIGINT) as "lead_score", 
    
    cast('2025-03-01 09:00:00' as TIMESTAMP)
 as "created_at", cast(null as TIMESTAMP) as "became_lead_at", cast(null as TIMESTAMP) as "became_mql_at", 
    
    cast('2025-03-10 10:00:00' as TIMESTAMP)
 as "became_sql_at", cast(null as TIMESTAMP) as "became_opportunity_at", cast(null as TIMESTAMP) as "became_customer_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('2' as character varying)
 as "contact_id", cast(null as character varying(256)) as "email_hash", cast(null as character varying(256)) as "company_name", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "original_source_detail", cast(null as character varying(256)) as "utm_campaign", 
    
    cast('Paid Search' as character varying)
 as "channel", cast(null as BIGINT) as "lead_score", 
    
    cast('2025-03-05 09:00:00' as TIMESTAMP)
 as "created_at", cast(null as TIMESTAMP) as "became_lead_at", 
    
    cast('2025-03-20 10:00:00' as TIMESTAMP)
 as "became_mql_at", cast(null as TIMESTAMP) as "became_sql_at", cast(null as TIMESTAMP) as "became_opportunity_at", cast(null as TIMESTAMP) as "became_customer_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('3' as character varying)
 as "contact_id", cast(null as character varying(256)) as "email_hash", cast(null as character varying(256)) as "company_name", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "original_source_detail", cast(null as character varying(256)) as "utm_campaign", 
    
    cast('Referral' as character varying)
 as "channel", cast(null as BIGINT) as "lead_score", 
    
    cast('2025-01-05 09:00:00' as TIMESTAMP)
 as "created_at", cast(null as TIMESTAMP) as "became_lead_at", 
    
    cast('2025-01-06 10:00:00' as TIMESTAMP)
 as "became_mql_at", 
    
    cast('2025-01-07 10:00:00' as TIMESTAMP)
 as "became_sql_at", 
    
    cast('2025-01-08 10:00:00' as TIMESTAMP)
 as "became_opportunity_at", 
    
    cast('2025-03-01 10:00:00' as TIMESTAMP)
 as "became_customer_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('4' as character varying)
 as "contact_id", cast(null as character varying(256)) as "email_hash", cast(null as character varying(256)) as "company_name", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "original_source_detail", cast(null as character varying(256)) as "utm_campaign", 
    
    cast('Referral' as character varying)
 as "channel", cast(null as BIGINT) as "lead_score", 
    
    cast('2025-02-01 09:00:00' as TIMESTAMP)
 as "created_at", cast(null as TIMESTAMP) as "became_lead_at", cast(null as TIMESTAMP) as "became_mql_at", cast(null as TIMESTAMP) as "became_sql_at", cast(null as TIMESTAMP) as "became_opportunity_at", 
    
    cast('2024-12-01 10:00:00' as TIMESTAMP)
 as "became_customer_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
),  __dbt__cte__int_deals__stage_dates as (

-- Fixture for int_deals__stage_dates
select 
    
    cast('d2' as character varying)
 as "deal_id", 
    
    cast('2' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "deal_stage", cast(null as character varying(256)) as "deal_status", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", cast(null as DECIMAL(38,6)) as "amount", cast(null as BIGINT) as "stage_entries", cast(null as BOOLEAN) as "is_won", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_closed", cast(null as BOOLEAN) as "is_quoted", 
    
    cast('2025-04-02 08:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", 
    
    cast('2025-04-02 17:00:00' as TIMESTAMP)
 as "won_at", cast(null as TIMESTAMP) as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as TIMESTAMP) as "created_at"
union all
select 
    
    cast('d3' as character varying)
 as "deal_id", 
    
    cast('3' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "deal_stage", cast(null as character varying(256)) as "deal_status", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", cast(null as DECIMAL(38,6)) as "amount", cast(null as BIGINT) as "stage_entries", cast(null as BOOLEAN) as "is_won", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_closed", cast(null as BOOLEAN) as "is_quoted", 
    
    cast('2025-01-08 10:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", 
    
    cast('2025-02-14 12:00:00' as TIMESTAMP)
 as "won_at", cast(null as TIMESTAMP) as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as TIMESTAMP) as "created_at"
), contacts as (
    select * from __dbt__cte__stg_hubspot__contacts
),

deals as (
    select * from __dbt__cte__int_deals__stage_dates
),

deal_dates as (
    select
        contact_id,
        min(opportunity_at) as first_opportunity_at,
        min(won_at) as first_won_at
    from deals
    where contact_id is not null
    group by contact_id
),

stage_dates as (
    select
        contacts.contact_id,
        cast(contacts.created_at as date) as lead_date,
        cast(least(contacts.became_customer_at, deal_dates.first_won_at) as date) as won_date,
        cast(least(contacts.became_opportunity_at, deal_dates.first_opportunity_at) as date) as opportunity_date,
        cast(contacts.became_sql_at as date) as sql_date,
        cast(contacts.became_mql_at as date) as mql_date
    from contacts
    left join deal_dates on contacts.contact_id = deal_dates.contact_id
),

-- skip rule: a stage is reached no later than the first later stage
skip_filled as (
    select
        contact_id,
        lead_date,
        won_date as customer_date,
        least(opportunity_date, won_date) as opportunity_date,
        least(sql_date, opportunity_date, won_date) as sql_date,
        least(mql_date, sql_date, opportunity_date, won_date) as mql_date
    from stage_dates
),

-- before-create rule: real CRMs hold stage dates before the contact's create date (an imported
-- contact, a deal won before the contact was created); such a stage counts as reached on the
-- create date, so no stage date precedes the lead date (listed in dq_crm_date_adjustments)
filled_dates as (
    select
        contact_id,
        lead_date,
        case when customer_date is not null then greatest(customer_date, lead_date) end as customer_date,
        case when opportunity_date is not null then greatest(opportunity_date, lead_date) end as opportunity_date,
        case when sql_date is not null then greatest(sql_date, lead_date) end as sql_date,
        case when mql_date is not null then greatest(mql_date, lead_date) end as mql_date
    from skip_filled
),

final as (
    select
        -- ids
        contacts.contact_id,
        -- dimensions
        contacts.channel,
        contacts.original_source,
        contacts.utm_campaign,
        contacts.country_code,
        contacts.lifecycle_stage,
        -- lead date = create date; later stages by the stage-date rule above
        filled_dates.lead_date,
        filled_dates.mql_date,
        filled_dates.sql_date,
        filled_dates.opportunity_date,
        filled_dates.customer_date,
        cast(date_trunc('month', filled_dates.lead_date) as date) as lead_month,
        cast(date_trunc('month', filled_dates.mql_date) as date) as mql_month,
        cast(date_trunc('month', filled_dates.sql_date) as date) as sql_month,
        cast(date_trunc('month', filled_dates.opportunity_date) as date) as opportunity_month,
        cast(date_trunc('month', filled_dates.customer_date) as date) as customer_month,
        -- flags (computed once, then only read)
        filled_dates.mql_date is not null as is_mql,
        filled_dates.sql_date is not null as is_sql,
        filled_dates.opportunity_date is not null as is_opportunity,
        filled_dates.customer_date is not null as is_customer,
        contacts.channel <> 'Events' as is_web_lead,
        -- measures
        contacts.lead_score
    from contacts
    inner join filled_dates on contacts.contact_id = filled_dates.contact_id
)

select * from final