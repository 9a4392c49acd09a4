
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "period_start","survey_respondents","aided_awareness_rate","unaided_awareness_rate","social_mentions","branded_search_volume","company_revenue_amount","market_share","previous_market_share","market_share_growth_rate", 'actual' as "actual_or_expected"
  from (
    -- Brand & market KPIs per fiscal quarter (catalog section 7): awareness from the quarterly brand
-- survey (aided, unaided), social mentions and branded search volume summed over the quarter's
-- months, and market share = the company's invoiced revenue in the quarter ÷ total market revenue
-- (all regions in the market-size export) with its growth against the previous quarter.
with  __dbt__cte__stg_surveys__brand_awareness as (

-- Fixture for stg_surveys__brand_awareness
select 
    
    cast('2025-02-01' as DATE)
 as "quarter_start", 
    
    cast(400 as BIGINT)
 as "respondents", 
    
    cast(80 as BIGINT)
 as "aided_aware", 
    
    cast(20 as BIGINT)
 as "unaided_aware", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
),  __dbt__cte__stg_market__brand_signals as (

-- Fixture for stg_market__brand_signals
select 
    
    cast('2025-02-01' as DATE)
 as "signal_month", 
    
    cast(10 as BIGINT)
 as "social_mentions", 
    
    cast(100 as BIGINT)
 as "branded_search_volume", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('2025-03-01' as DATE)
 as "signal_month", 
    
    cast(20 as BIGINT)
 as "social_mentions", 
    
    cast(100 as BIGINT)
 as "branded_search_volume", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('2025-04-01' as DATE)
 as "signal_month", 
    
    cast(30 as BIGINT)
 as "social_mentions", 
    
    cast(100 as BIGINT)
 as "branded_search_volume", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('2025-05-01' as DATE)
 as "signal_month", 
    
    cast(5 as BIGINT)
 as "social_mentions", 
    
    cast(50 as BIGINT)
 as "branded_search_volume", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
),  __dbt__cte__stg_market__market_size as (

-- Fixture for stg_market__market_size
select cast(null as character varying(256)) as "market_size_id", cast(null as character varying(256)) as "market_region", cast(null as character varying(256)) as "currency", 
    
    cast('2025-02-01' as DATE)
 as "quarter_start", cast(null as DECIMAL(38,6)) as "total_market_revenue_local", 
    
    cast(1000 as DECIMAL(38,6))
 as "total_market_revenue_amount", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "market_size_id", cast(null as character varying(256)) as "market_region", cast(null as character varying(256)) as "currency", 
    
    cast('2025-05-01' as DATE)
 as "quarter_start", cast(null as DECIMAL(38,6)) as "total_market_revenue_local", 
    
    cast(1000 as DECIMAL(38,6))
 as "total_market_revenue_amount", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
),  __dbt__cte__int_revenue__monthly as (

-- Fixture for int_revenue__monthly
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast(40 as DECIMAL(38,6))
 as "sales_revenue_amount", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "marketing_attributed_revenue_amount", cast(null as BIGINT) as "invoices", cast(null as BIGINT) as "customers_invoiced", cast(null as BIGINT) as "customers_at_start", cast(null as BIGINT) as "customers_lost", cast(null as BIGINT) as "new_customers", cast(null as BIGINT) as "reactivated_customers", cast(null as BIGINT) as "customers_at_end", cast(null as DECIMAL(38,6)) as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount", cast(null as DECIMAL(38,6)) as "marketing_cost_amount", cast(null as DECIMAL(38,6)) as "sales_cost_amount", cast(null as DECIMAL(38,6)) as "overhead_cost_amount", cast(null as DECIMAL(38,6)) as "acquisition_cost_amount", cast(null as DECIMAL(38,6)) as "cost_to_serve_amount", cast(null as DECIMAL(38,6)) as "net_sales_amount", cast(null as DECIMAL(38,6)) as "net_income_amount", cast(null as DOUBLE) as "top_decile_gross_margin_amount", cast(null as BIGINT) as "customers_window", cast(null as DECIMAL(38,6)) as "sales_revenue_window_amount", cast(null as BIGINT) as "invoices_window", cast(null as BIGINT) as "customers_at_start_window", cast(null as BIGINT) as "customers_lost_window", cast(null as BIGINT) as "new_customers_window", cast(null as DECIMAL(38,6)) as "acquisition_cost_window_amount", cast(null as DECIMAL(38,6)) as "cost_to_serve_window_amount", cast(null as BIGINT) as "window_months"
union all
select 
    
    cast('2025-03-01' as DATE)
 as "period_start", 
    
    cast(30 as DECIMAL(38,6))
 as "sales_revenue_amount", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "marketing_attributed_revenue_amount", cast(null as BIGINT) as "invoices", cast(null as BIGINT) as "customers_invoiced", cast(null as BIGINT) as "customers_at_start", cast(null as BIGINT) as "customers_lost", cast(null as BIGINT) as "new_customers", cast(null as BIGINT) as "reactivated_customers", cast(null as BIGINT) as "customers_at_end", cast(null as DECIMAL(38,6)) as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount", cast(null as DECIMAL(38,6)) as "marketing_cost_amount", cast(null as DECIMAL(38,6)) as "sales_cost_amount", cast(null as DECIMAL(38,6)) as "overhead_cost_amount", cast(null as DECIMAL(38,6)) as "acquisition_cost_amount", cast(null as DECIMAL(38,6)) as "cost_to_serve_amount", cast(null as DECIMAL(38,6)) as "net_sales_amount", cast(null as DECIMAL(38,6)) as "net_income_amount", cast(null as DOUBLE) as "top_decile_gross_margin_amount", cast(null as BIGINT) as "customers_window", cast(null as DECIMAL(38,6)) as "sales_revenue_window_amount", cast(null as BIGINT) as "invoices_window", cast(null as BIGINT) as "customers_at_start_window", cast(null as BIGINT) as "customers_lost_window", cast(null as BIGINT) as "new_customers_window", cast(null as DECIMAL(38,6)) as "acquisition_cost_window_amount", cast(null as DECIMAL(38,6)) as "cost_to_serve_window_amount", cast(null as BIGINT) as "window_months"
union all
select 
    
    cast('2025-04-01' as DATE)
 as "period_start", 
    
    cast(30 as DECIMAL(38,6))
 as "sales_revenue_amount", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "marketing_attributed_revenue_amount", cast(null as BIGINT) as "invoices", cast(null as BIGINT) as "customers_invoiced", cast(null as BIGINT) as "customers_at_start", cast(null as BIGINT) as "customers_lost", cast(null as BIGINT) as "new_customers", cast(null as BIGINT) as "reactivated_customers", cast(null as BIGINT) as "customers_at_end", cast(null as DECIMAL(38,6)) as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount", cast(null as DECIMAL(38,6)) as "marketing_cost_amount", cast(null as DECIMAL(38,6)) as "sales_cost_amount", cast(null as DECIMAL(38,6)) as "overhead_cost_amount", cast(null as DECIMAL(38,6)) as "acquisition_cost_amount", cast(null as DECIMAL(38,6)) as "cost_to_serve_amount", cast(null as DECIMAL(38,6)) as "net_sales_amount", cast(null as DECIMAL(38,6)) as "net_income_amount", cast(null as DOUBLE) as "top_decile_gross_margin_amount", cast(null as BIGINT) as "customers_window", cast(null as DECIMAL(38,6)) as "sales_revenue_window_amount", cast(null as BIGINT) as "invoices_window", cast(null as BIGINT) as "customers_at_start_window", cast(null as BIGINT) as "customers_lost_window", cast(null as BIGINT) as "new_customers_window", cast(null as DECIMAL(38,6)) as "acquisition_cost_window_amount", cast(null as DECIMAL(38,6)) as "cost_to_serve_window_amount", cast(null as BIGINT) as "window_months"
union all
select 
    
    cast('2025-05-01' as DATE)
 as "period_start", 
    
    cast(50 as DECIMAL(38,6))
 as "sales_revenue_amount", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "marketing_attributed_revenue_amount", cast(null as BIGINT) as "invoices", cast(null as BIGINT) as "customers_invoiced", cast(null as BIGINT) as "customers_at_start", cast(null as BIGINT) as "customers_lost", cast(null as BIGINT) as "new_customers", cast(null as BIGINT) as "reactivated_customers", cast(null as BIGINT) as "customers_at_end", cast(null as DECIMAL(38,6)) as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount", cast(null as DECIMAL(38,6)) as "marketing_cost_amount", cast(null as DECIMAL(38,6)) as "sales_cost_amount", cast(null as DECIMAL(38,6)) as "overhead_cost_amount", cast(null as DECIMAL(38,6)) as "acquisition_cost_amount", cast(null as DECIMAL(38,6)) as "cost_to_serve_amount", cast(null as DECIMAL(38,6)) as "net_sales_amount", cast(null as DECIMAL(38,6)) as "net_income_amount", cast(null as DOUBLE) as "top_decile_gross_margin_amount", cast(null as BIGINT) as "customers_window", cast(null as DECIMAL(38,6)) as "sales_revenue_window_amount", cast(null as BIGINT) as "invoices_window", cast(null as BIGINT) as "customers_at_start_window", cast(null as BIGINT) as "customers_lost_window", cast(null as BIGINT) as "new_customers_window", cast(null as DECIMAL(38,6)) as "acquisition_cost_window_amount", cast(null as DECIMAL(38,6)) as "cost_to_serve_window_amount", cast(null as BIGINT) as "window_months"
union all
select 
    
    cast('2025-06-01' as DATE)
 as "period_start", 
    
    cast(50 as DECIMAL(38,6))
 as "sales_revenue_amount", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "marketing_attributed_revenue_amount", cast(null as BIGINT) as "invoices", cast(null as BIGINT) as "customers_invoiced", cast(null as BIGINT) as "customers_at_start", cast(null as BIGINT) as "customers_lost", cast(null as BIGINT) as "new_customers", cast(null as BIGINT) as "reactivated_customers", cast(null as BIGINT) as "customers_at_end", cast(null as DECIMAL(38,6)) as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount", cast(null as DECIMAL(38,6)) as "marketing_cost_amount", cast(null as DECIMAL(38,6)) as "sales_cost_amount", cast(null as DECIMAL(38,6)) as "overhead_cost_amount", cast(null as DECIMAL(38,6)) as "acquisition_cost_amount", cast(null as DECIMAL(38,6)) as "cost_to_serve_amount", cast(null as DECIMAL(38,6)) as "net_sales_amount", cast(null as DECIMAL(38,6)) as "net_income_amount", cast(null as DOUBLE) as "top_decile_gross_margin_amount", cast(null as BIGINT) as "customers_window", cast(null as DECIMAL(38,6)) as "sales_revenue_window_amount", cast(null as BIGINT) as "invoices_window", cast(null as BIGINT) as "customers_at_start_window", cast(null as BIGINT) as "customers_lost_window", cast(null as BIGINT) as "new_customers_window", cast(null as DECIMAL(38,6)) as "acquisition_cost_window_amount", cast(null as DECIMAL(38,6)) as "cost_to_serve_window_amount", cast(null as BIGINT) as "window_months"
union all
select 
    
    cast('2025-07-01' as DATE)
 as "period_start", 
    
    cast(25 as DECIMAL(38,6))
 as "sales_revenue_amount", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "marketing_attributed_revenue_amount", cast(null as BIGINT) as "invoices", cast(null as BIGINT) as "customers_invoiced", cast(null as BIGINT) as "customers_at_start", cast(null as BIGINT) as "customers_lost", cast(null as BIGINT) as "new_customers", cast(null as BIGINT) as "reactivated_customers", cast(null as BIGINT) as "customers_at_end", cast(null as DECIMAL(38,6)) as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount", cast(null as DECIMAL(38,6)) as "marketing_cost_amount", cast(null as DECIMAL(38,6)) as "sales_cost_amount", cast(null as DECIMAL(38,6)) as "overhead_cost_amount", cast(null as DECIMAL(38,6)) as "acquisition_cost_amount", cast(null as DECIMAL(38,6)) as "cost_to_serve_amount", cast(null as DECIMAL(38,6)) as "net_sales_amount", cast(null as DECIMAL(38,6)) as "net_income_amount", cast(null as DOUBLE) as "top_decile_gross_margin_amount", cast(null as BIGINT) as "customers_window", cast(null as DECIMAL(38,6)) as "sales_revenue_window_amount", cast(null as BIGINT) as "invoices_window", cast(null as BIGINT) as "customers_at_start_window", cast(null as BIGINT) as "customers_lost_window", cast(null as BIGINT) as "new_customers_window", cast(null as DECIMAL(38,6)) as "acquisition_cost_window_amount", cast(null as DECIMAL(38,6)) as "cost_to_serve_window_amount", cast(null as BIGINT) as "window_months"
), awareness as (
    select * from __dbt__cte__stg_surveys__brand_awareness
),

signals as (
    select * from __dbt__cte__stg_market__brand_signals
),

market_size as (
    select * from __dbt__cte__stg_market__market_size
),

revenue as (
    select * from __dbt__cte__int_revenue__monthly
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
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "period_start", "survey_respondents", "aided_awareness_rate", "unaided_awareness_rate", "social_mentions", "branded_search_volume", "company_revenue_amount", "market_share", "previous_market_share", "market_share_growth_rate", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast(400 as BIGINT)
 as "survey_respondents", 
    
    cast(0.2 as DECIMAL(38,10))
 as "aided_awareness_rate", 
    
    cast(0.05 as DECIMAL(38,10))
 as "unaided_awareness_rate", 
    
    cast(60 as BIGINT)
 as "social_mentions", 
    
    cast(300 as BIGINT)
 as "branded_search_volume", 
    
    cast(100 as DECIMAL(38,6))
 as "company_revenue_amount", 
    
    cast(0.1 as DECIMAL(38,10))
 as "market_share", 
    
    cast(null as DECIMAL(38,10))
 as "previous_market_share", 
    
    cast(null as DECIMAL(38,10))
 as "market_share_growth_rate"
union all
select 
    
    cast('2025-05-01' as DATE)
 as "period_start", 
    
    cast(0 as BIGINT)
 as "survey_respondents", 
    
    cast(null as DECIMAL(38,10))
 as "aided_awareness_rate", 
    
    cast(null as DECIMAL(38,10))
 as "unaided_awareness_rate", 
    
    cast(5 as BIGINT)
 as "social_mentions", 
    
    cast(50 as BIGINT)
 as "branded_search_volume", 
    
    cast(125 as DECIMAL(38,6))
 as "company_revenue_amount", 
    
    cast(0.125 as DECIMAL(38,10))
 as "market_share", 
    
    cast(0.1 as DECIMAL(38,10))
 as "previous_market_share", 
    
    cast(0.25 as DECIMAL(38,10))
 as "market_share_growth_rate"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected