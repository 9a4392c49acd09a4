-- CRM outcomes attributed to ad campaigns (first touch through the UTM campaign), per day:
-- leads on their create date, and won-deal revenue on the deal's won date (int_deals__stage_dates:
-- the first entry into Closed Won, else the close date; the same date the sales funnel uses).
-- A paid lead (channel Paid Search or Paid Social) is attributed to the ad campaign whose name on
-- the platform is the contact's UTM campaign (HubSpot Original Source Drill-Down 2).
with  __dbt__cte__int_ad_performance__unioned as (

-- Fixture for int_ad_performance__unioned
select cast(null as character varying(256)) as "ad_performance_id", 
    
    cast('google_ads|1' as character varying)
 as "ad_campaign_key", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "platform", cast(null as character varying(256)) as "account_name", 
    
    cast('brand' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "currency", 
    
    cast('2025-01-01' as DATE)
 as "ad_date", cast(null as BIGINT) as "impressions", cast(null as BIGINT) as "clicks", cast(null as DECIMAL(38,6)) as "spend_amount_local", cast(null as DECIMAL(38,6)) as "spend_amount", cast(null as DECIMAL(38,6)) as "conversions"
union all
select cast(null as character varying(256)) as "ad_performance_id", 
    
    cast('google_ads|1' as character varying)
 as "ad_campaign_key", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "platform", cast(null as character varying(256)) as "account_name", 
    
    cast('brand' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "currency", 
    
    cast('2025-01-02' as DATE)
 as "ad_date", cast(null as BIGINT) as "impressions", cast(null as BIGINT) as "clicks", cast(null as DECIMAL(38,6)) as "spend_amount_local", cast(null as DECIMAL(38,6)) as "spend_amount", cast(null as DECIMAL(38,6)) as "conversions"
union all
select cast(null as character varying(256)) as "ad_performance_id", 
    
    cast('meta_ads|7' as character varying)
 as "ad_campaign_key", cast(null as character varying(256)) as "campaign_id", cast(null as character varying(256)) as "platform", cast(null as character varying(256)) as "account_name", 
    
    cast('retarget' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "currency", 
    
    cast('2025-01-02' as DATE)
 as "ad_date", cast(null as BIGINT) as "impressions", cast(null as BIGINT) as "clicks", cast(null as DECIMAL(38,6)) as "spend_amount_local", cast(null as DECIMAL(38,6)) as "spend_amount", cast(null as DECIMAL(38,6)) as "conversions"
),  __dbt__cte__int_contacts__lifecycle as (

-- Fixture for int_contacts__lifecycle
select 
    
    cast('c1' as character varying)
 as "contact_id", 
    
    cast('Paid Search' as character varying)
 as "channel", cast(null as character varying(256)) as "original_source", 
    
    cast('brand' as character varying)
 as "utm_campaign", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", 
    
    cast('2025-01-02' as DATE)
 as "lead_date", cast(null as DATE) as "mql_date", cast(null as DATE) as "sql_date", cast(null as DATE) as "opportunity_date", cast(null as DATE) as "customer_date", cast(null as DATE) as "lead_month", cast(null as DATE) as "mql_month", cast(null as DATE) as "sql_month", cast(null as DATE) as "opportunity_month", cast(null as DATE) as "customer_month", cast(null as BOOLEAN) as "is_mql", cast(null as BOOLEAN) as "is_sql", cast(null as BOOLEAN) as "is_opportunity", cast(null as BOOLEAN) as "is_customer", cast(null as BOOLEAN) as "is_web_lead", cast(null as BIGINT) as "lead_score"
union all
select 
    
    cast('c2' as character varying)
 as "contact_id", 
    
    cast('Paid Search' as character varying)
 as "channel", cast(null as character varying(256)) as "original_source", 
    
    cast('brand' as character varying)
 as "utm_campaign", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", 
    
    cast('2025-01-03' as DATE)
 as "lead_date", cast(null as DATE) as "mql_date", cast(null as DATE) as "sql_date", cast(null as DATE) as "opportunity_date", cast(null as DATE) as "customer_date", cast(null as DATE) as "lead_month", cast(null as DATE) as "mql_month", cast(null as DATE) as "sql_month", cast(null as DATE) as "opportunity_month", cast(null as DATE) as "customer_month", cast(null as BOOLEAN) as "is_mql", cast(null as BOOLEAN) as "is_sql", cast(null as BOOLEAN) as "is_opportunity", cast(null as BOOLEAN) as "is_customer", cast(null as BOOLEAN) as "is_web_lead", cast(null as BIGINT) as "lead_score"
union all
select 
    
    cast('c3' as character varying)
 as "contact_id", 
    
    cast('Email' as character varying)
 as "channel", cast(null as character varying(256)) as "original_source", 
    
    cast('retarget' as character varying)
 as "utm_campaign", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", 
    
    cast('2025-01-03' as DATE)
 as "lead_date", cast(null as DATE) as "mql_date", cast(null as DATE) as "sql_date", cast(null as DATE) as "opportunity_date", cast(null as DATE) as "customer_date", cast(null as DATE) as "lead_month", cast(null as DATE) as "mql_month", cast(null as DATE) as "sql_month", cast(null as DATE) as "opportunity_month", cast(null as DATE) as "customer_month", cast(null as BOOLEAN) as "is_mql", cast(null as BOOLEAN) as "is_sql", cast(null as BOOLEAN) as "is_opportunity", cast(null as BOOLEAN) as "is_customer", cast(null as BOOLEAN) as "is_web_lead", cast(null as BIGINT) as "lead_score"
),  __dbt__cte__int_deals__stage_dates as (

-- Fixture for int_deals__stage_dates
select 
    
    cast('d1' as character varying)
 as "deal_id", 
    
    cast('c1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "deal_stage", cast(null as character varying(256)) as "deal_status", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", 
    
    cast(500 as DECIMAL(38,6))
 as "amount", cast(null as BIGINT) as "stage_entries", 
    
    cast(True as BOOLEAN)
 as "is_won", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_closed", cast(null as BOOLEAN) as "is_quoted", cast(null as TIMESTAMP) as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", 
    
    cast('2025-01-10T09:00:00' as TIMESTAMP)
 as "won_at", 
    
    cast('2025-01-20T00:00:00' as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as TIMESTAMP) as "created_at"
union all
select 
    
    cast('d2' as character varying)
 as "deal_id", 
    
    cast('c2' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "deal_stage", cast(null as character varying(256)) as "deal_status", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", 
    
    cast(900 as DECIMAL(38,6))
 as "amount", cast(null as BIGINT) as "stage_entries", 
    
    cast(False as BOOLEAN)
 as "is_won", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_closed", cast(null as BOOLEAN) as "is_quoted", cast(null as TIMESTAMP) as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", 
    
    cast(null as TIMESTAMP)
 as "won_at", 
    
    cast('2025-01-15T00:00:00' as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as TIMESTAMP) as "created_at"
), ad_campaigns as (
    select distinct
        ad_campaign_key,
        campaign_name
    from __dbt__cte__int_ad_performance__unioned
),

contacts as (
    select
        lifecycle.contact_id,
        lifecycle.lead_date,
        ad_campaigns.ad_campaign_key
    from __dbt__cte__int_contacts__lifecycle as lifecycle
    inner join ad_campaigns
        on
            lifecycle.utm_campaign = ad_campaigns.campaign_name
            and lifecycle.channel in ('Paid Search', 'Paid Social')
),

deals as (
    select * from __dbt__cte__int_deals__stage_dates
),

leads as (
    select
        ad_campaign_key,
        lead_date as activity_date,
        count(*) as crm_leads,
        cast(0 as decimal(38,6)) as attributed_revenue_amount
    from contacts
    group by ad_campaign_key, lead_date
),

revenue as (
    select
        contacts.ad_campaign_key,
        cast(deals.won_at as date) as activity_date,
        0 as crm_leads,
        sum(deals.amount) as attributed_revenue_amount
    from deals
    inner join contacts on deals.contact_id = contacts.contact_id
    where deals.is_won
    group by contacts.ad_campaign_key, cast(deals.won_at as date)
),

unioned as (
    select * from leads
    union all
    select * from revenue
),

final as (
    select
        ad_campaign_key,
        activity_date,
        cast(sum(crm_leads) as bigint) as crm_leads,
        sum(attributed_revenue_amount) as attributed_revenue_amount
    from unioned
    group by ad_campaign_key, activity_date
)

select * from final