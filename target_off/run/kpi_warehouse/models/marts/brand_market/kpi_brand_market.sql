
    
      
    

    create  table
      "off"."marts"."kpi_brand_market__dbt_tmp"
  
  (
    period_start date,
    period_grain varchar,
    survey_respondents bigint,
    aided_aware_respondents bigint,
    unaided_aware_respondents bigint,
    aided_awareness_rate decimal(38,10),
    unaided_awareness_rate decimal(38,10),
    social_mentions bigint,
    branded_search_volume bigint,
    company_revenue_amount decimal(38,6),
    total_market_revenue_amount decimal(38,6),
    market_share decimal(38,10),
    previous_company_revenue_amount decimal(38,6),
    previous_total_market_revenue_amount decimal(38,6),
    previous_market_share decimal(38,10),
    share_change_cross_product decimal(38,12),
    share_base_cross_product decimal(38,12),
    market_share_growth_rate decimal(38,10)
    
    )
 ;
    
    
    insert into "off"."marts"."kpi_brand_market__dbt_tmp" 
  (
    
      
      
      period_start ,
    
      
      
      period_grain ,
    
      
      
      survey_respondents ,
    
      
      
      aided_aware_respondents ,
    
      
      
      unaided_aware_respondents ,
    
      
      
      aided_awareness_rate ,
    
      
      
      unaided_awareness_rate ,
    
      
      
      social_mentions ,
    
      
      
      branded_search_volume ,
    
      
      
      company_revenue_amount ,
    
      
      
      total_market_revenue_amount ,
    
      
      
      market_share ,
    
      
      
      previous_company_revenue_amount ,
    
      
      
      previous_total_market_revenue_amount ,
    
      
      
      previous_market_share ,
    
      
      
      share_change_cross_product ,
    
      
      
      share_base_cross_product ,
    
      
      
      market_share_growth_rate 
    
  )
 (
      
    select period_start, period_grain, survey_respondents, aided_aware_respondents, unaided_aware_respondents, aided_awareness_rate, unaided_awareness_rate, social_mentions, branded_search_volume, company_revenue_amount, total_market_revenue_amount, market_share, previous_company_revenue_amount, previous_total_market_revenue_amount, previous_market_share, share_change_cross_product, share_base_cross_product, market_share_growth_rate
    from (
        -- Brand & market KPIs per fiscal quarter (catalog section 7): awareness from the quarterly brand
-- survey (aided, unaided), social mentions and branded search volume summed over the quarter's
-- months, and market share = the company's invoiced revenue in the quarter ÷ total market revenue
-- (all regions in the market-size export) with its growth against the previous quarter.
with awareness as (
    select * from "off"."main"."stg_surveys__brand_awareness"
),

signals as (
    select * from "off"."main"."stg_market__brand_signals"
),

market_size as (
    select * from "off"."main"."stg_market__market_size"
),

revenue as (
    select * from "off"."main"."int_revenue__monthly"
),

awareness_quarters as (
    select
        cast(

    (date_trunc('month', quarter_start) + cast(-1 * ((extract(month from quarter_start) - 11 + 12) % 3) as bigint) * interval 1 month) as date) as period_start,
        cast(sum(respondents) as bigint) as survey_respondents,
        cast(sum(aided_aware) as bigint) as aided_aware_respondents,
        cast(sum(unaided_aware) as bigint) as unaided_aware_respondents
    from awareness
    group by cast(

    (date_trunc('month', quarter_start) + cast(-1 * ((extract(month from quarter_start) - 11 + 12) % 3) as bigint) * interval 1 month) as date)
),

signal_quarters as (
    select
        cast(

    (date_trunc('month', signal_month) + cast(-1 * ((extract(month from signal_month) - 11 + 12) % 3) as bigint) * interval 1 month) as date) as period_start,
        cast(sum(social_mentions) as bigint) as social_mentions,
        cast(sum(branded_search_volume) as bigint) as branded_search_volume
    from signals
    group by cast(

    (date_trunc('month', signal_month) + cast(-1 * ((extract(month from signal_month) - 11 + 12) % 3) as bigint) * interval 1 month) as date)
),

market_quarters as (
    select
        cast(

    (date_trunc('month', quarter_start) + cast(-1 * ((extract(month from quarter_start) - 11 + 12) % 3) as bigint) * interval 1 month) as date) as period_start,
        sum(total_market_revenue_amount) as total_market_revenue_amount
    from market_size
    group by cast(

    (date_trunc('month', quarter_start) + cast(-1 * ((extract(month from quarter_start) - 11 + 12) % 3) as bigint) * interval 1 month) as date)
),

revenue_quarters as (
    select
        cast(

    (date_trunc('month', period_start) + cast(-1 * ((extract(month from period_start) - 11 + 12) % 3) as bigint) * interval 1 month) as date) as period_start,
        sum(sales_revenue_amount) as company_revenue_amount
    from revenue
    group by cast(

    (date_trunc('month', period_start) + cast(-1 * ((extract(month from period_start) - 11 + 12) % 3) as bigint) * interval 1 month) as date)
),

keys as (
    select period_start from awareness_quarters
    union
    select period_start from signal_quarters
    union
    select period_start from market_quarters
    union
    select period_start from revenue_quarters
),

quarters as (
    select
        keys.period_start,
        coalesce(awareness_quarters.survey_respondents, 0) as survey_respondents,
        coalesce(awareness_quarters.aided_aware_respondents, 0) as aided_aware_respondents,
        coalesce(awareness_quarters.unaided_aware_respondents, 0) as unaided_aware_respondents,
        coalesce(signal_quarters.social_mentions, 0) as social_mentions,
        coalesce(signal_quarters.branded_search_volume, 0) as branded_search_volume,
        coalesce(revenue_quarters.company_revenue_amount, 0) as company_revenue_amount,
        market_quarters.total_market_revenue_amount,
        case
        when market_quarters.total_market_revenue_amount is null or market_quarters.total_market_revenue_amount = 0 or coalesce(revenue_quarters.company_revenue_amount, 0) is null then null
        else cast(cast(coalesce(revenue_quarters.company_revenue_amount, 0) as decimal(38,10)) * 1 / cast(market_quarters.total_market_revenue_amount as decimal(38,10)) as decimal(38,10))
    end
            as market_share
    from keys
    left join awareness_quarters on keys.period_start = awareness_quarters.period_start
    left join signal_quarters on keys.period_start = signal_quarters.period_start
    left join market_quarters on keys.period_start = market_quarters.period_start
    left join revenue_quarters on keys.period_start = revenue_quarters.period_start
),

final as (
    select
        -- grain
        quarters.period_start,
        'quarter' as period_grain,
        -- awareness
        quarters.survey_respondents,
        quarters.aided_aware_respondents,
        quarters.unaided_aware_respondents,
        case
        when quarters.survey_respondents is null or quarters.survey_respondents = 0 or quarters.aided_aware_respondents is null then null
        else cast(cast(quarters.aided_aware_respondents as decimal(38,10)) * 1 / cast(quarters.survey_respondents as decimal(38,10)) as decimal(38,10))
    end as aided_awareness_rate,
        case
        when quarters.survey_respondents is null or quarters.survey_respondents = 0 or quarters.unaided_aware_respondents is null then null
        else cast(cast(quarters.unaided_aware_respondents as decimal(38,10)) * 1 / cast(quarters.survey_respondents as decimal(38,10)) as decimal(38,10))
    end as unaided_awareness_rate,
        quarters.social_mentions,
        quarters.branded_search_volume,
        -- market share
        quarters.company_revenue_amount,
        quarters.total_market_revenue_amount,
        quarters.market_share,
        previous_quarters.company_revenue_amount as previous_company_revenue_amount,
        previous_quarters.total_market_revenue_amount as previous_total_market_revenue_amount,
        previous_quarters.market_share as previous_market_share,
        -- (share now - share before) / share before, from the unrounded revenues:
        -- (revenue × market before - revenue before × market) / (revenue before × market)
        quarters.company_revenue_amount * previous_quarters.total_market_revenue_amount - previous_quarters.company_revenue_amount * quarters.total_market_revenue_amount as share_change_cross_product,
        previous_quarters.company_revenue_amount * quarters.total_market_revenue_amount as share_base_cross_product,
        case
        when previous_quarters.company_revenue_amount * quarters.total_market_revenue_amount is null or previous_quarters.company_revenue_amount * quarters.total_market_revenue_amount = 0 or quarters.company_revenue_amount * previous_quarters.total_market_revenue_amount - previous_quarters.company_revenue_amount * quarters.total_market_revenue_amount is null then null
        else cast(cast(quarters.company_revenue_amount * previous_quarters.total_market_revenue_amount - previous_quarters.company_revenue_amount * quarters.total_market_revenue_amount as decimal(38,10)) * 1 / cast(previous_quarters.company_revenue_amount * quarters.total_market_revenue_amount as decimal(38,10)) as decimal(38,10))
    end as market_share_growth_rate
    from quarters
    left join quarters as previous_quarters
        on previous_quarters.period_start = cast(

    (quarters.period_start + cast(-3 as bigint) * interval 1 month) as date)
)

select * from final
    ) as model_subq
    );
  