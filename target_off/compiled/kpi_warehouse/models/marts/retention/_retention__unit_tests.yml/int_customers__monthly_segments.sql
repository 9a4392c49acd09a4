
-- Fixture for int_customers__monthly_segments
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "segment_type", 
    
    cast('all' as character varying)
 as "segment", cast(null as DECIMAL(38,6)) as "sales_revenue_amount", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as BIGINT) as "invoices", cast(null as BIGINT) as "customers_invoiced", 
    
    cast(200 as BIGINT)
 as "customers_at_start", 
    
    cast(180 as BIGINT)
 as "customers_retained", 
    
    cast(20 as BIGINT)
 as "customers_lost", 
    
    cast(0 as BIGINT)
 as "new_customers", 
    
    cast(0 as BIGINT)
 as "reactivated_customers", 
    
    cast(180 as BIGINT)
 as "customers_at_end", 
    
    cast(10000 as DECIMAL(38,6))
 as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount", 
    
    cast(1100 as DECIMAL(38,6))
 as "year_ago_customers_mrr_amount", 
    
    cast(1000 as DECIMAL(38,6))
 as "year_ago_mrr_amount"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('channel' as character varying)
 as "segment_type", 
    
    cast('Email' as character varying)
 as "segment", cast(null as DECIMAL(38,6)) as "sales_revenue_amount", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as BIGINT) as "invoices", cast(null as BIGINT) as "customers_invoiced", 
    
    cast(200 as BIGINT)
 as "customers_at_start", 
    
    cast(180 as BIGINT)
 as "customers_retained", 
    
    cast(20 as BIGINT)
 as "customers_lost", 
    
    cast(0 as BIGINT)
 as "new_customers", 
    
    cast(0 as BIGINT)
 as "reactivated_customers", 
    
    cast(180 as BIGINT)
 as "customers_at_end", 
    
    cast(10000 as DECIMAL(38,6))
 as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount", 
    
    cast(1100 as DECIMAL(38,6))
 as "year_ago_customers_mrr_amount", 
    
    cast(1000 as DECIMAL(38,6))
 as "year_ago_mrr_amount"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('country' as character varying)
 as "segment_type", 
    
    cast('US' as character varying)
 as "segment", cast(null as DECIMAL(38,6)) as "sales_revenue_amount", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", cast(null as BIGINT) as "invoices", cast(null as BIGINT) as "customers_invoiced", 
    
    cast(200 as BIGINT)
 as "customers_at_start", 
    
    cast(180 as BIGINT)
 as "customers_retained", 
    
    cast(20 as BIGINT)
 as "customers_lost", 
    
    cast(0 as BIGINT)
 as "new_customers", 
    
    cast(0 as BIGINT)
 as "reactivated_customers", 
    
    cast(180 as BIGINT)
 as "customers_at_end", 
    
    cast(10000 as DECIMAL(38,6))
 as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount", 
    
    cast(1100 as DECIMAL(38,6))
 as "year_ago_customers_mrr_amount", 
    
    cast(1000 as DECIMAL(38,6))
 as "year_ago_mrr_amount"