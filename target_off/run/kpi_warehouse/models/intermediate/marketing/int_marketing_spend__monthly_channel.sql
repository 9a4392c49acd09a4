
    

    create  table
      "off"."main"."int_marketing_spend__monthly_channel__dbt_tmp"
  
    
    as (
      -- Marketing spend attributable to a channel, per month: ad platform spend for the paid channels
-- (platform -> channel through the channel_map seed) and event cost for Events. Organic channels
-- carry no direct spend. Salaries, tools and overhead are not attributed to channels (CAC uses them).
with ads as (
    select * from "off"."main"."int_ad_performance__unioned"
),

events as (
    select * from "off"."main"."stg_events__events"
),

channel_map as (
    select * from "off"."main"."channel_map"
    where match_type = 'ad_platform'
),

ad_spend as (
    select
        cast(date_trunc('month', ads.ad_date) as date) as period_start,
        coalesce(channel_map.channel, 'Other') as channel,
        ads.spend_amount
    from ads
    left join channel_map on channel_map.match_type = 'ad_platform' and ads.platform = channel_map.match_value
),

event_spend as (
    select
        cast(date_trunc('month', event_date) as date) as period_start,
        'Events' as channel,
        cost_amount as spend_amount
    from events
),

unioned as (
    select * from ad_spend
    union all
    select * from event_spend
),

final as (
    select
        period_start,
        channel,
        sum(spend_amount) as marketing_spend_amount
    from unioned
    group by period_start, channel
)

select * from final
    );
    
  