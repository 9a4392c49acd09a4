
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "period_start","segment_type","segment","sales_revenue_amount","invoices","customers_invoiced","customers_at_start","customers_retained","customers_lost","new_customers","customers_at_end","mrr_amount","year_ago_customers_mrr_amount","year_ago_mrr_amount", 'actual' as "actual_or_expected"
  from (
    -- The customer-month counts and sums, aggregated once: one row per month × segment, the segments
-- of int_customers__segments (segment_type 'all', 'channel', 'country'). Every customer is in
-- exactly one segment of each type, so each type adds up to 'all'. kpi_revenue (through
-- int_revenue__monthly), kpi_revenue_by_channel and kpi_retention read these counts instead of
-- summing the flags again.
with  __dbt__cte__int_customers__monthly as (

-- Fixture for int_customers__monthly
select 
    
    cast('a' as character varying)
 as "customer_id", cast(null as character varying(256)) as "contact_id", 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast('US' as character varying)
 as "country_code", cast(null as character varying(256)) as "currency", 
    
    cast(True as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(True as BOOLEAN)
 as "is_retained", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(100 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(1 as BIGINT)
 as "invoices", cast(null as BOOLEAN) as "is_first_revenue_month", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "mrr_local", 
    
    cast(100 as DECIMAL(38,6))
 as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", 
    
    cast(80 as DECIMAL(38,6))
 as "year_ago_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount"
union all
select 
    
    cast('b' as character varying)
 as "customer_id", cast(null as character varying(256)) as "contact_id", 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast('US' as character varying)
 as "country_code", cast(null as character varying(256)) as "currency", 
    
    cast(True as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(False as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_retained", 
    
    cast(True as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(0 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(0 as BIGINT)
 as "invoices", cast(null as BOOLEAN) as "is_first_revenue_month", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "mrr_local", 
    
    cast(0 as DECIMAL(38,6))
 as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", 
    
    cast(50 as DECIMAL(38,6))
 as "year_ago_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount"
union all
select 
    
    cast('c' as character varying)
 as "customer_id", cast(null as character varying(256)) as "contact_id", 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Events' as character varying)
 as "channel", 
    
    cast('FR' as character varying)
 as "country_code", cast(null as character varying(256)) as "currency", 
    
    cast(False as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_retained", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(True as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(40 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(2 as BIGINT)
 as "invoices", cast(null as BOOLEAN) as "is_first_revenue_month", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "mrr_local", 
    
    cast(40 as DECIMAL(38,6))
 as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "year_ago_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount"
),  __dbt__cte__int_customers__segments as (

-- Fixture for int_customers__segments
select 
    
    cast('a' as character varying)
 as "customer_id", 
    
    cast('all' as character varying)
 as "segment_type", 
    
    cast('all' as character varying)
 as "segment"
union all
select 
    
    cast('a' as character varying)
 as "customer_id", 
    
    cast('channel' as character varying)
 as "segment_type", 
    
    cast('Email' as character varying)
 as "segment"
union all
select 
    
    cast('a' as character varying)
 as "customer_id", 
    
    cast('country' as character varying)
 as "segment_type", 
    
    cast('US' as character varying)
 as "segment"
union all
select 
    
    cast('b' as character varying)
 as "customer_id", 
    
    cast('all' as character varying)
 as "segment_type", 
    
    cast('all' as character varying)
 as "segment"
union all
select 
    
    cast('b' as character varying)
 as "customer_id", 
    
    cast('channel' as character varying)
 as "segment_type", 
    
    cast('Email' as character varying)
 as "segment"
union all
select 
    
    cast('b' as character varying)
 as "customer_id", 
    
    cast('country' as character varying)
 as "segment_type", 
    
    cast('US' as character varying)
 as "segment"
union all
select 
    
    cast('c' as character varying)
 as "customer_id", 
    
    cast('all' as character varying)
 as "segment_type", 
    
    cast('all' as character varying)
 as "segment"
union all
select 
    
    cast('c' as character varying)
 as "customer_id", 
    
    cast('channel' as character varying)
 as "segment_type", 
    
    cast('Events' as character varying)
 as "segment"
union all
select 
    
    cast('c' as character varying)
 as "customer_id", 
    
    cast('country' as character varying)
 as "segment_type", 
    
    cast('FR' as character varying)
 as "segment"
), customer_months as (
    select * from __dbt__cte__int_customers__monthly
),

customer_segments as (
    select * from __dbt__cte__int_customers__segments
),

segmented as (
    select
        customer_segments.segment_type,
        customer_segments.segment,
        customer_months.*
    from customer_months
    inner join customer_segments on customer_months.customer_id = customer_segments.customer_id
),

final as (
    select
        -- grain
        period_start,
        segment_type,
        segment,
        -- revenue
        sum(revenue_amount) as sales_revenue_amount,
        sum(new_customer_revenue_amount) as new_customer_revenue_amount,
        sum(returning_customer_revenue_amount) as returning_customer_revenue_amount,
        cast(sum(invoices) as bigint) as invoices,
        cast(sum(case when invoices > 0 then 1 else 0 end) as bigint) as customers_invoiced,
        -- customers
        cast(sum(case when was_customer_at_start then 1 else 0 end) as bigint) as customers_at_start,
        cast(sum(case when is_retained then 1 else 0 end) as bigint) as customers_retained,
        cast(sum(case when is_lost then 1 else 0 end) as bigint) as customers_lost,
        cast(sum(case when is_new then 1 else 0 end) as bigint) as new_customers,
        cast(sum(case when is_reactivated then 1 else 0 end) as bigint) as reactivated_customers,
        cast(sum(case when is_customer_at_end then 1 else 0 end) as bigint) as customers_at_end,
        -- monthly recurring revenue and its movements
        sum(mrr_amount) as mrr_amount,
        sum(previous_mrr_amount) as previous_mrr_amount,
        sum(new_mrr_amount) as new_mrr_amount,
        sum(expansion_mrr_amount) as expansion_mrr_amount,
        sum(contraction_mrr_amount) as contraction_mrr_amount,
        sum(churned_mrr_amount) as churned_mrr_amount,
        sum(reactivated_mrr_amount) as reactivated_mrr_amount,
        sum(fx_effect_mrr_amount) as fx_effect_mrr_amount,
        -- net revenue retention: this month's MRR of the customers who had MRR a year ago
        sum(case when year_ago_mrr_amount > 0 then mrr_amount else 0 end) as year_ago_customers_mrr_amount,
        sum(year_ago_mrr_amount) as year_ago_mrr_amount
    from segmented
    group by period_start, segment_type, segment
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "period_start", "segment_type", "segment", "sales_revenue_amount", "invoices", "customers_invoiced", "customers_at_start", "customers_retained", "customers_lost", "new_customers", "customers_at_end", "mrr_amount", "year_ago_customers_mrr_amount", "year_ago_mrr_amount", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "segment_type", 
    
    cast('all' as character varying)
 as "segment", 
    
    cast(140 as DECIMAL(38,6))
 as "sales_revenue_amount", 
    
    cast(3 as BIGINT)
 as "invoices", 
    
    cast(2 as BIGINT)
 as "customers_invoiced", 
    
    cast(2 as BIGINT)
 as "customers_at_start", 
    
    cast(1 as BIGINT)
 as "customers_retained", 
    
    cast(1 as BIGINT)
 as "customers_lost", 
    
    cast(1 as BIGINT)
 as "new_customers", 
    
    cast(2 as BIGINT)
 as "customers_at_end", 
    
    cast(140 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(100 as DECIMAL(38,6))
 as "year_ago_customers_mrr_amount", 
    
    cast(130 as DECIMAL(38,6))
 as "year_ago_mrr_amount"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('channel' as character varying)
 as "segment_type", 
    
    cast('Email' as character varying)
 as "segment", 
    
    cast(100 as DECIMAL(38,6))
 as "sales_revenue_amount", 
    
    cast(1 as BIGINT)
 as "invoices", 
    
    cast(1 as BIGINT)
 as "customers_invoiced", 
    
    cast(2 as BIGINT)
 as "customers_at_start", 
    
    cast(1 as BIGINT)
 as "customers_retained", 
    
    cast(1 as BIGINT)
 as "customers_lost", 
    
    cast(0 as BIGINT)
 as "new_customers", 
    
    cast(1 as BIGINT)
 as "customers_at_end", 
    
    cast(100 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(100 as DECIMAL(38,6))
 as "year_ago_customers_mrr_amount", 
    
    cast(130 as DECIMAL(38,6))
 as "year_ago_mrr_amount"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('channel' as character varying)
 as "segment_type", 
    
    cast('Events' as character varying)
 as "segment", 
    
    cast(40 as DECIMAL(38,6))
 as "sales_revenue_amount", 
    
    cast(2 as BIGINT)
 as "invoices", 
    
    cast(1 as BIGINT)
 as "customers_invoiced", 
    
    cast(0 as BIGINT)
 as "customers_at_start", 
    
    cast(0 as BIGINT)
 as "customers_retained", 
    
    cast(0 as BIGINT)
 as "customers_lost", 
    
    cast(1 as BIGINT)
 as "new_customers", 
    
    cast(1 as BIGINT)
 as "customers_at_end", 
    
    cast(40 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "year_ago_customers_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "year_ago_mrr_amount"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('country' as character varying)
 as "segment_type", 
    
    cast('US' as character varying)
 as "segment", 
    
    cast(100 as DECIMAL(38,6))
 as "sales_revenue_amount", 
    
    cast(1 as BIGINT)
 as "invoices", 
    
    cast(1 as BIGINT)
 as "customers_invoiced", 
    
    cast(2 as BIGINT)
 as "customers_at_start", 
    
    cast(1 as BIGINT)
 as "customers_retained", 
    
    cast(1 as BIGINT)
 as "customers_lost", 
    
    cast(0 as BIGINT)
 as "new_customers", 
    
    cast(1 as BIGINT)
 as "customers_at_end", 
    
    cast(100 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(100 as DECIMAL(38,6))
 as "year_ago_customers_mrr_amount", 
    
    cast(130 as DECIMAL(38,6))
 as "year_ago_mrr_amount"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('country' as character varying)
 as "segment_type", 
    
    cast('FR' as character varying)
 as "segment", 
    
    cast(40 as DECIMAL(38,6))
 as "sales_revenue_amount", 
    
    cast(2 as BIGINT)
 as "invoices", 
    
    cast(1 as BIGINT)
 as "customers_invoiced", 
    
    cast(0 as BIGINT)
 as "customers_at_start", 
    
    cast(0 as BIGINT)
 as "customers_retained", 
    
    cast(0 as BIGINT)
 as "customers_lost", 
    
    cast(1 as BIGINT)
 as "new_customers", 
    
    cast(1 as BIGINT)
 as "customers_at_end", 
    
    cast(40 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "year_ago_customers_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "year_ago_mrr_amount"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected