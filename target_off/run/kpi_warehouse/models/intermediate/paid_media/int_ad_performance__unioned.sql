
    

    create  table
      "off"."main"."int_ad_performance__unioned"
  
    
    as (
      -- All ad platforms in one column set: one row per day × platform × campaign.
-- Each platform's staging model already ends in the same columns (see stage_ad_report). Two
-- reshapings (DECISIONLOG.md, "Ad exports at other levels and periods"):
--   * rows finer than a campaign (Meta ad set / ad, Google ad group, LinkedIn ad set) are summed
--     to the campaign;
--   * a row that covers a period (a Google Ads report without the Day segment, a Meta export for a
--     date range) is spread evenly over its days, in whole units (counts) and millionths (money,
--     conversions) with the remainder on the first days, so every day is a plain row and the
--     days of a period add up exactly to the exported total.
-- Incremental by campaign day (macros/staging/incremental.sql): a run recomputes the days of the
-- periods the ad staging models changed (their changes logs) and logs them for int_paid_media__daily.

    

with
stg_google_ads__campaign_report as (
    select * from "off"."main"."stg_google_ads__campaign_report"
),

stg_linkedin_ads__campaign_report as (
    select * from "off"."main"."stg_linkedin_ads__campaign_report"
),

days as (
    select * from "off"."main"."int_calendar__days"
),

all_platforms as (
        select * from stg_google_ads__campaign_report
            union all
        select * from stg_linkedin_ads__campaign_report
),

-- on an incremental run, the rows whose period covers a day to recompute
unioned as (
    select * from all_platforms
    
),

-- one row per day of each row's period; day_index 0 is the period's first day
period_days as (
    select
        unioned.*,
        days.calendar_date as ad_date,
        
        (date_diff('day', unioned.period_start::timestamp, days.calendar_date::timestamp ))
     as day_index,  -- noqa: LT05
        
        (date_diff('day', unioned.period_start::timestamp, unioned.period_end::timestamp ))
     + 1 as days_in_period  -- noqa: LT05
    from unioned
    inner join days
        on unioned.period_start <= days.calendar_date and unioned.period_end >= days.calendar_date
),

spread_days as (
    select
        ad_campaign_key,
        campaign_id,
        platform,
        account_name,
        campaign_name,
        currency,
        ad_date,
        cast((floor(cast(round(impressions * 1) as bigint) / days_in_period) + case when day_index < cast(round(impressions * 1) as bigint) - floor(cast(round(impressions * 1) as bigint) / days_in_period) * days_in_period then 1 else 0 end) as bigint) as impressions,
        cast((floor(cast(round(clicks * 1) as bigint) / days_in_period) + case when day_index < cast(round(clicks * 1) as bigint) - floor(cast(round(clicks * 1) as bigint) / days_in_period) * days_in_period then 1 else 0 end) as bigint) as clicks,
        cast((floor(cast(round(spend_amount_local * 1000000) as bigint) / days_in_period) + case when day_index < cast(round(spend_amount_local * 1000000) as bigint) - floor(cast(round(spend_amount_local * 1000000) as bigint) / days_in_period) * days_in_period then 1 else 0 end) / 1000000.0 as decimal(38,6)) as spend_amount_local,
        cast((floor(cast(round(spend_amount * 1000000) as bigint) / days_in_period) + case when day_index < cast(round(spend_amount * 1000000) as bigint) - floor(cast(round(spend_amount * 1000000) as bigint) / days_in_period) * days_in_period then 1 else 0 end) / 1000000.0 as decimal(38,6)) as spend_amount,
        cast((floor(cast(round(conversions * 1000000) as bigint) / days_in_period) + case when day_index < cast(round(conversions * 1000000) as bigint) - floor(cast(round(conversions * 1000000) as bigint) / days_in_period) * days_in_period then 1 else 0 end) / 1000000.0 as decimal(38,6)) as conversions
    from period_days
),

campaign_days as (
    select
        ad_campaign_key,
        ad_date,
        max(campaign_id) as campaign_id,
        max(platform) as platform,
        max(account_name) as account_name,
        max(campaign_name) as campaign_name,
        max(currency) as currency,
        cast(sum(impressions) as bigint) as impressions,
        cast(sum(clicks) as bigint) as clicks,
        sum(spend_amount_local) as spend_amount_local,
        sum(spend_amount) as spend_amount,
        sum(conversions) as conversions
    from spread_days
    group by ad_campaign_key, ad_date
),

-- on an incremental run, the pairs to recompute
recomputed_days as (
    select * from campaign_days
    
),

final as (
    select
        -- ids
        
    cast(ad_campaign_key as TEXT)
 || '|' || 
    cast(ad_date as TEXT)

            as ad_performance_id,
        ad_campaign_key,
        campaign_id,
        -- dimensions
        platform,
        account_name,
        campaign_name,
        currency,
        -- dates
        ad_date,
        -- measures
        impressions,
        clicks,
        spend_amount_local,
        spend_amount,
        conversions
    from recomputed_days
)

select * from final
    );
    
  
  