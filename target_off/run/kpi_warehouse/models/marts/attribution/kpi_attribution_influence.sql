
    
      
    

    create  table
      "off"."marts"."kpi_attribution_influence__dbt_tmp"
  
  (
    period_start date,
    period_grain varchar,
    channel varchar,
    sourced_pipeline_amount decimal(38,6),
    sourced_opportunities decimal(38,6),
    sourced_revenue_amount decimal(38,6),
    influenced_pipeline_amount decimal(38,6),
    influenced_opportunities bigint,
    influenced_revenue_amount decimal(38,6),
    influenced_won_deals bigint
    
    )
 ;
    
    
    insert into "off"."marts"."kpi_attribution_influence__dbt_tmp" 
  (
    
      
      
      period_start ,
    
      
      
      period_grain ,
    
      
      
      channel ,
    
      
      
      sourced_pipeline_amount ,
    
      
      
      sourced_opportunities ,
    
      
      
      sourced_revenue_amount ,
    
      
      
      influenced_pipeline_amount ,
    
      
      
      influenced_opportunities ,
    
      
      
      influenced_revenue_amount ,
    
      
      
      influenced_won_deals 
    
  )
 (
      
    select period_start, period_grain, channel, sourced_pipeline_amount, sourced_opportunities, sourced_revenue_amount, influenced_pipeline_amount, influenced_opportunities, influenced_revenue_amount, influenced_won_deals
    from (
        -- Sourced versus influenced pipeline and revenue per month and channel. Sourced: the amount the
-- first-touch model credits to the channel (the channel that brought the contact in; adds up over
-- channels to the month's total). Influenced: the whole amount of every opportunity (deal won) with
-- at least one touch of the channel in its path (a deal touched by three channels counts in each:
-- influenced figures do not add up over channels).
with credits as (
    select * from "off"."main"."int_attribution__credits"
),

sourced as (
    select
        conversion_month,
        channel,
        cast(
        sum(
            case
                when conversion_type = 'pipeline'
                    then cast(credited_amount as decimal(38,10))
                else 0
            end
        )
        as decimal(38,6)
    ) as sourced_pipeline_amount,
        cast(
        sum(
            case
                when conversion_type = 'pipeline'
                    then cast(credit_share as decimal(38,10))
                else 0
            end
        )
        as decimal(38,6)
    ) as sourced_opportunities,
        cast(
        sum(
            case
                when conversion_type = 'revenue'
                    then cast(credited_amount as decimal(38,10))
                else 0
            end
        )
        as decimal(38,6)
    ) as sourced_revenue_amount
    from credits
    where attribution_model = 'first_touch'
    group by conversion_month, channel
),

-- one row per conversion and channel it touched (linear: every touch of the path is present once)
touched as (
    select distinct
        conversion_month,
        channel,
        deal_id,
        conversion_type,
        conversion_amount,
        1 as conversions
    from credits
    where attribution_model = 'linear'
),

influenced as (
    select
        conversion_month,
        channel,
        cast(
        sum(
            case
                when conversion_type = 'pipeline'
                    then cast(conversion_amount as decimal(38,10))
                else 0
            end
        )
        as decimal(38,6)
    ) as influenced_pipeline_amount,
        cast(
        sum(
            case
                when conversion_type = 'pipeline'
                    then cast(conversions as decimal(38,10))
                else 0
            end
        )
        as bigint
    ) as influenced_opportunities,
        cast(
        sum(
            case
                when conversion_type = 'revenue'
                    then cast(conversion_amount as decimal(38,10))
                else 0
            end
        )
        as decimal(38,6)
    ) as influenced_revenue_amount,
        cast(
        sum(
            case
                when conversion_type = 'revenue'
                    then cast(conversions as decimal(38,10))
                else 0
            end
        )
        as bigint
    ) as influenced_won_deals
    from touched
    group by conversion_month, channel
),

final as (
    select
        -- grain
        influenced.conversion_month as period_start,
        'month' as period_grain,
        influenced.channel,
        -- measures
        coalesce(sourced.sourced_pipeline_amount, 0) as sourced_pipeline_amount,
        coalesce(sourced.sourced_opportunities, 0) as sourced_opportunities,
        coalesce(sourced.sourced_revenue_amount, 0) as sourced_revenue_amount,
        influenced.influenced_pipeline_amount,
        influenced.influenced_opportunities,
        influenced.influenced_revenue_amount,
        influenced.influenced_won_deals
    from influenced
    left join sourced
        on
            influenced.conversion_month = sourced.conversion_month
            and influenced.channel = sourced.channel
)

select * from final
    ) as model_subq
    );
  