
    
      
    

    create  table
      "off"."marts"."kpi_attribution_accounts__dbt_tmp"
  
  (
    period_start date,
    period_grain varchar,
    account_name varchar,
    attribution_model varchar,
    channel varchar,
    attributed_revenue_amount decimal(38,6),
    attributed_pipeline_amount decimal(38,6),
    deals bigint
    
    )
 ;
    
    
    insert into "off"."marts"."kpi_attribution_accounts__dbt_tmp" 
  (
    
      
      
      period_start ,
    
      
      
      period_grain ,
    
      
      
      account_name ,
    
      
      
      attribution_model ,
    
      
      
      channel ,
    
      
      
      attributed_revenue_amount ,
    
      
      
      attributed_pipeline_amount ,
    
      
      
      deals 
    
  )
 (
      
    select period_start, period_grain, account_name, attribution_model, channel, attributed_revenue_amount, attributed_pipeline_amount, deals
    from (
        -- Attribution rolled up to the account (the company of the deal's contact): revenue and pipeline
-- credited to each channel per month, account and model. An account's rows add up, per model, to
-- the revenue won from it and the pipeline it opened.
with credits as (
    select * from "off"."main"."int_attribution__credits"
),

final as (
    select
        -- grain
        conversion_month as period_start,
        'month' as period_grain,
        account_name,
        attribution_model,
        channel,
        -- measures
        cast(
        sum(
            case
                when conversion_type = 'revenue'
                    then cast(credited_amount as decimal(38,10))
                else 0
            end
        )
        as decimal(38,6)
    ) as attributed_revenue_amount,
        cast(
        sum(
            case
                when conversion_type = 'pipeline'
                    then cast(credited_amount as decimal(38,10))
                else 0
            end
        )
        as decimal(38,6)
    ) as attributed_pipeline_amount,
        cast(count(distinct deal_id) as bigint) as deals
    from credits
    group by conversion_month, account_name, attribution_model, channel
)

select * from final
    ) as model_subq
    );
  