
    
      
    

    create  table
      "off"."marts"."kpi_attribution_campaigns__dbt_tmp"
  
  (
    period_start date,
    period_grain varchar,
    platform varchar,
    ad_campaign_key varchar,
    campaign_name varchar,
    spend_amount decimal(38,6),
    utm_first_touch_revenue_amount decimal(38,6),
    roas_utm_first_touch decimal(38,10),
    campaign_roi_utm_first_touch decimal(38,10),
    attributed_revenue_first_touch decimal(38,6),
    roas_first_touch decimal(38,10),
    campaign_roi_first_touch decimal(38,10),
    attributed_revenue_last_touch decimal(38,6),
    roas_last_touch decimal(38,10),
    campaign_roi_last_touch decimal(38,10),
    attributed_revenue_linear decimal(38,6),
    roas_linear decimal(38,10),
    campaign_roi_linear decimal(38,10),
    attributed_revenue_u_shaped decimal(38,6),
    roas_u_shaped decimal(38,10),
    campaign_roi_u_shaped decimal(38,10),
    attributed_revenue_w_shaped decimal(38,6),
    roas_w_shaped decimal(38,10),
    campaign_roi_w_shaped decimal(38,10),
    attributed_revenue_full_path decimal(38,6),
    roas_full_path decimal(38,10),
    campaign_roi_full_path decimal(38,10),
    attributed_revenue_time_decay decimal(38,6),
    roas_time_decay decimal(38,10),
    campaign_roi_time_decay decimal(38,10)
    
    )
 ;
    
    
    insert into "off"."marts"."kpi_attribution_campaigns__dbt_tmp" 
  (
    
      
      
      period_start ,
    
      
      
      period_grain ,
    
      
      
      platform ,
    
      
      
      ad_campaign_key ,
    
      
      
      campaign_name ,
    
      
      
      spend_amount ,
    
      
      
      utm_first_touch_revenue_amount ,
    
      
      
      roas_utm_first_touch ,
    
      
      
      campaign_roi_utm_first_touch ,
    
      
      
      attributed_revenue_first_touch ,
    
      
      
      roas_first_touch ,
    
      
      
      campaign_roi_first_touch ,
    
      
      
      attributed_revenue_last_touch ,
    
      
      
      roas_last_touch ,
    
      
      
      campaign_roi_last_touch ,
    
      
      
      attributed_revenue_linear ,
    
      
      
      roas_linear ,
    
      
      
      campaign_roi_linear ,
    
      
      
      attributed_revenue_u_shaped ,
    
      
      
      roas_u_shaped ,
    
      
      
      campaign_roi_u_shaped ,
    
      
      
      attributed_revenue_w_shaped ,
    
      
      
      roas_w_shaped ,
    
      
      
      campaign_roi_w_shaped ,
    
      
      
      attributed_revenue_full_path ,
    
      
      
      roas_full_path ,
    
      
      
      campaign_roi_full_path ,
    
      
      
      attributed_revenue_time_decay ,
    
      
      
      roas_time_decay ,
    
      
      
      campaign_roi_time_decay 
    
  )
 (
      
    select period_start, period_grain, platform, ad_campaign_key, campaign_name, spend_amount, utm_first_touch_revenue_amount, roas_utm_first_touch, campaign_roi_utm_first_touch, attributed_revenue_first_touch, roas_first_touch, campaign_roi_first_touch, attributed_revenue_last_touch, roas_last_touch, campaign_roi_last_touch, attributed_revenue_linear, roas_linear, campaign_roi_linear, attributed_revenue_u_shaped, roas_u_shaped, campaign_roi_u_shaped, attributed_revenue_w_shaped, roas_w_shaped, campaign_roi_w_shaped, attributed_revenue_full_path, roas_full_path, campaign_roi_full_path, attributed_revenue_time_decay, roas_time_decay, campaign_roi_time_decay
    from (
        -- ROAS and campaign ROI of every ad campaign and month under each attribution model, beside
-- today's first-touch figures (kpi_paid_media_monthly: the contact's UTM campaign). A touch counts
-- for an ad campaign as in int_campaign_attribution__daily: a paid touch (channel Paid Search or
-- Paid Social) whose campaign name is the campaign's name on the platform. Revenue is dated by
-- the won date, spend by the ad day.
with paid_media as (
    select * from "off"."main"."int_paid_media__daily"
),

ad_campaigns as (
    select distinct
        ad_campaign_key,
        campaign_name
    from paid_media
),

campaign_labels as (
    select
        ad_campaign_key,
        max(platform) as platform,
        max(campaign_name) as campaign_name
    from paid_media
    group by ad_campaign_key
),

spend as (
    select
        cast(date_trunc('month', ad_date) as date) as period_start,
        ad_campaign_key,
        sum(spend_amount) as spend_amount,
        sum(attributed_revenue_amount) as utm_first_touch_revenue_amount
    from paid_media
    group by cast(date_trunc('month', ad_date) as date), ad_campaign_key
),

credited as (
    select
        credits.conversion_month as period_start,
        ad_campaigns.ad_campaign_key,
            cast(
                sum(case when credits.attribution_model = 'first_touch' then credits.credited_amount else 0 end)
                as decimal(38,6)
            ) as revenue_first_touch,
            cast(
                sum(case when credits.attribution_model = 'last_touch' then credits.credited_amount else 0 end)
                as decimal(38,6)
            ) as revenue_last_touch,
            cast(
                sum(case when credits.attribution_model = 'linear' then credits.credited_amount else 0 end)
                as decimal(38,6)
            ) as revenue_linear,
            cast(
                sum(case when credits.attribution_model = 'u_shaped' then credits.credited_amount else 0 end)
                as decimal(38,6)
            ) as revenue_u_shaped,
            cast(
                sum(case when credits.attribution_model = 'w_shaped' then credits.credited_amount else 0 end)
                as decimal(38,6)
            ) as revenue_w_shaped,
            cast(
                sum(case when credits.attribution_model = 'full_path' then credits.credited_amount else 0 end)
                as decimal(38,6)
            ) as revenue_full_path,
            cast(
                sum(case when credits.attribution_model = 'time_decay' then credits.credited_amount else 0 end)
                as decimal(38,6)
            ) as revenue_time_decay
    from "off"."main"."int_attribution__credits" as credits
    inner join ad_campaigns on credits.campaign_name = ad_campaigns.campaign_name
    where
        credits.conversion_type = 'revenue'
        and credits.channel in ('Paid Search', 'Paid Social')
    group by credits.conversion_month, ad_campaigns.ad_campaign_key
),

-- every month a campaign spent or was credited revenue (revenue can come after the spend stopped)
campaign_months as (
    select
        period_start,
        ad_campaign_key
    from spend
    union
    select
        period_start,
        ad_campaign_key
    from credited
),

final as (
    select
        -- grain
        campaign_months.period_start,
        'month' as period_grain,
        campaign_labels.platform,
        campaign_months.ad_campaign_key,
        campaign_labels.campaign_name,
        -- money
        coalesce(spend.spend_amount, 0) as spend_amount,
        coalesce(spend.utm_first_touch_revenue_amount, 0) as utm_first_touch_revenue_amount,
        case
        when spend.spend_amount is null or spend.spend_amount = 0 or spend.utm_first_touch_revenue_amount is null then null
        else cast(cast(spend.utm_first_touch_revenue_amount as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as roas_utm_first_touch,
        case
        when spend.spend_amount is null or spend.spend_amount = 0 or (spend.utm_first_touch_revenue_amount) - (spend.spend_amount) is null then null
        else cast(cast((spend.utm_first_touch_revenue_amount) - (spend.spend_amount) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as campaign_roi_utm_first_touch,
            cast(coalesce(credited.revenue_first_touch, 0) as decimal(38,6))
                as attributed_revenue_first_touch,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or coalesce(credited.revenue_first_touch, 0) is null then null
        else cast(cast(coalesce(credited.revenue_first_touch, 0) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as roas_first_touch,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or (coalesce(credited.revenue_first_touch, 0)) - (spend.spend_amount) is null then null
        else cast(cast((coalesce(credited.revenue_first_touch, 0)) - (spend.spend_amount) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as campaign_roi_first_touch,
            cast(coalesce(credited.revenue_last_touch, 0) as decimal(38,6))
                as attributed_revenue_last_touch,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or coalesce(credited.revenue_last_touch, 0) is null then null
        else cast(cast(coalesce(credited.revenue_last_touch, 0) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as roas_last_touch,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or (coalesce(credited.revenue_last_touch, 0)) - (spend.spend_amount) is null then null
        else cast(cast((coalesce(credited.revenue_last_touch, 0)) - (spend.spend_amount) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as campaign_roi_last_touch,
            cast(coalesce(credited.revenue_linear, 0) as decimal(38,6))
                as attributed_revenue_linear,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or coalesce(credited.revenue_linear, 0) is null then null
        else cast(cast(coalesce(credited.revenue_linear, 0) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as roas_linear,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or (coalesce(credited.revenue_linear, 0)) - (spend.spend_amount) is null then null
        else cast(cast((coalesce(credited.revenue_linear, 0)) - (spend.spend_amount) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as campaign_roi_linear,
            cast(coalesce(credited.revenue_u_shaped, 0) as decimal(38,6))
                as attributed_revenue_u_shaped,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or coalesce(credited.revenue_u_shaped, 0) is null then null
        else cast(cast(coalesce(credited.revenue_u_shaped, 0) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as roas_u_shaped,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or (coalesce(credited.revenue_u_shaped, 0)) - (spend.spend_amount) is null then null
        else cast(cast((coalesce(credited.revenue_u_shaped, 0)) - (spend.spend_amount) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as campaign_roi_u_shaped,
            cast(coalesce(credited.revenue_w_shaped, 0) as decimal(38,6))
                as attributed_revenue_w_shaped,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or coalesce(credited.revenue_w_shaped, 0) is null then null
        else cast(cast(coalesce(credited.revenue_w_shaped, 0) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as roas_w_shaped,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or (coalesce(credited.revenue_w_shaped, 0)) - (spend.spend_amount) is null then null
        else cast(cast((coalesce(credited.revenue_w_shaped, 0)) - (spend.spend_amount) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as campaign_roi_w_shaped,
            cast(coalesce(credited.revenue_full_path, 0) as decimal(38,6))
                as attributed_revenue_full_path,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or coalesce(credited.revenue_full_path, 0) is null then null
        else cast(cast(coalesce(credited.revenue_full_path, 0) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as roas_full_path,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or (coalesce(credited.revenue_full_path, 0)) - (spend.spend_amount) is null then null
        else cast(cast((coalesce(credited.revenue_full_path, 0)) - (spend.spend_amount) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as campaign_roi_full_path,
            cast(coalesce(credited.revenue_time_decay, 0) as decimal(38,6))
                as attributed_revenue_time_decay,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or coalesce(credited.revenue_time_decay, 0) is null then null
        else cast(cast(coalesce(credited.revenue_time_decay, 0) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as roas_time_decay,
            case
        when spend.spend_amount is null or spend.spend_amount = 0 or (coalesce(credited.revenue_time_decay, 0)) - (spend.spend_amount) is null then null
        else cast(cast((coalesce(credited.revenue_time_decay, 0)) - (spend.spend_amount) as decimal(38,10)) * 1 / cast(spend.spend_amount as decimal(38,10)) as decimal(38,10))
    end as campaign_roi_time_decay
    from campaign_months
    inner join campaign_labels on campaign_months.ad_campaign_key = campaign_labels.ad_campaign_key
    left join spend
        on
            campaign_months.period_start = spend.period_start
            and campaign_months.ad_campaign_key = spend.ad_campaign_key
    left join credited
        on
            campaign_months.period_start = credited.period_start
            and campaign_months.ad_campaign_key = credited.ad_campaign_key
)

select * from final
    ) as model_subq
    );
  