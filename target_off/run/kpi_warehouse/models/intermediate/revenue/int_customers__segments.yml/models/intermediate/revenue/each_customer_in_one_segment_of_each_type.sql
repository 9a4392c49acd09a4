
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "customer_id","segment_type","segment", 'actual' as "actual_or_expected"
  from (
    -- The segments each Stripe customer belongs to, one row per customer × segment type: 'all'
-- (segment 'all'), 'channel' (its acquisition channel) and 'country' (its contact's country). The
-- one statement of the segment rule: int_customers__monthly_segments counts customer months by it,
-- kpi_retention puts survey respondents in it.
with  __dbt__cte__int_customers__monthly as (

-- Fixture for int_customers__monthly
select 
    
    cast('a' as character varying)
 as "customer_id", cast(null as character varying(256)) as "contact_id", 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast('US' as character varying)
 as "country_code", cast(null as character varying(256)) as "currency", cast(null as BOOLEAN) as "was_customer_at_start", cast(null as BOOLEAN) as "is_customer_at_end", cast(null as BOOLEAN) as "is_retained", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_new", cast(null as BOOLEAN) as "is_reactivated", cast(null as DECIMAL(38,6)) as "revenue_amount", cast(null as BIGINT) as "invoices", cast(null as BOOLEAN) as "is_first_revenue_month", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "mrr_local", cast(null as DECIMAL(38,6)) as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "year_ago_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount"
union all
select 
    
    cast('a' as character varying)
 as "customer_id", cast(null as character varying(256)) as "contact_id", 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast('US' as character varying)
 as "country_code", cast(null as character varying(256)) as "currency", cast(null as BOOLEAN) as "was_customer_at_start", cast(null as BOOLEAN) as "is_customer_at_end", cast(null as BOOLEAN) as "is_retained", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_new", cast(null as BOOLEAN) as "is_reactivated", cast(null as DECIMAL(38,6)) as "revenue_amount", cast(null as BIGINT) as "invoices", cast(null as BOOLEAN) as "is_first_revenue_month", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "mrr_local", cast(null as DECIMAL(38,6)) as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "year_ago_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount"
), customers as (
    select distinct
        customer_id,
        channel,
        country_code
    from __dbt__cte__int_customers__monthly
),

final as (
    select
        customer_id,
        'all' as segment_type,
        'all' as segment
    from customers
    union all
    select
        customer_id,
        'channel' as segment_type,
        channel as segment
    from customers
    union all
    select
        customer_id,
        'country' as segment_type,
        country_code as segment
    from customers
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "customer_id", "segment_type", "segment", 'expected' as "actual_or_expected"
  from (
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
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected