
    

    create  table
      "off"."main"."int_campaign_attribution__daily__dbt_tmp"
  
    
    as (
      -- CRM outcomes attributed to ad campaigns (first touch through the UTM campaign), per day:
-- leads on their create date, and won-deal revenue on the deal's won date (int_deals__stage_dates:
-- the first entry into Closed Won, else the close date; the same date the sales funnel uses).
-- A paid lead (channel Paid Search or Paid Social) is attributed to the ad campaign whose name on
-- the platform is the contact's UTM campaign (HubSpot Original Source Drill-Down 2).
with ad_campaigns as (
    select distinct
        ad_campaign_key,
        campaign_name
    from "off"."main"."int_ad_performance__unioned"
),

contacts as (
    select
        lifecycle.contact_id,
        lifecycle.lead_date,
        ad_campaigns.ad_campaign_key
    from "off"."main"."int_contacts__lifecycle" as lifecycle
    inner join ad_campaigns
        on
            lifecycle.utm_campaign = ad_campaigns.campaign_name
            and lifecycle.channel in ('Paid Search', 'Paid Social')
),

deals as (
    select * from "off"."main"."int_deals__stage_dates"
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
    );
    
  