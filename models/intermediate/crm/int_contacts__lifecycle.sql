-- One row per contact: the lifecycle dates every funnel KPI counts from, the channel, and the ad
-- campaign the lead is attributed to (first touch: HubSpot Original Source Drill-Down 2 = the UTM
-- campaign = the ad campaign's name on the platform of the contact's channel).
with contacts as (
    select * from {{ ref('stg_hubspot__contacts') }}
),

ad_campaigns as (
    select distinct
        ad_campaign_key,
        platform,
        campaign_name
    from {{ ref('int_ad_performance__unioned') }}
),

final as (
    select
        -- ids
        contacts.contact_id,
        ad_campaigns.ad_campaign_key,
        -- dimensions
        contacts.channel,
        contacts.original_source,
        contacts.utm_campaign,
        ad_campaigns.platform as ad_platform,
        contacts.country_code,
        contacts.lifecycle_stage,
        -- lead date = create date; stage dates as HubSpot recorded them
        cast(contacts.created_at as date) as lead_date,
        cast(contacts.became_mql_at as date) as mql_date,
        cast(contacts.became_sql_at as date) as sql_date,
        cast(contacts.became_opportunity_at as date) as opportunity_date,
        cast(contacts.became_customer_at as date) as customer_date,
        cast({{ dbt.date_trunc('month', 'contacts.created_at') }} as date) as lead_month,
        cast({{ dbt.date_trunc('month', 'contacts.became_mql_at') }} as date) as mql_month,
        cast({{ dbt.date_trunc('month', 'contacts.became_sql_at') }} as date) as sql_month,
        -- flags (computed once, then only read)
        contacts.became_mql_at is not null as is_mql,
        contacts.became_sql_at is not null as is_sql,
        contacts.channel <> 'Events' as is_web_lead,
        -- measures
        contacts.lead_score
    from contacts
    left join ad_campaigns
        on
            contacts.utm_campaign = ad_campaigns.campaign_name
            and contacts.channel in ('Paid Search', 'Paid Social')
)

select * from final
