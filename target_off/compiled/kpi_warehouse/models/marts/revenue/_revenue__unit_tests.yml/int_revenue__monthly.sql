
-- Fixture for int_revenue__monthly
select 
    
    cast('2025-12-01' as DATE)
 as "period_start", 
    
    cast(1000 as DECIMAL(38,6))
 as "sales_revenue_amount", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", 
    
    cast(150000 as DECIMAL(38,6))
 as "marketing_attributed_revenue_amount", cast(null as BIGINT) as "invoices", 
    
    cast(1 as BIGINT)
 as "customers_invoiced", cast(null as BIGINT) as "customers_at_start", cast(null as BIGINT) as "customers_lost", 
    
    cast(0 as BIGINT)
 as "new_customers", cast(null as BIGINT) as "reactivated_customers", cast(null as BIGINT) as "customers_at_end", cast(null as DECIMAL(38,6)) as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount", 
    
    cast(100000 as DECIMAL(38,6))
 as "marketing_cost_amount", cast(null as DECIMAL(38,6)) as "sales_cost_amount", cast(null as DECIMAL(38,6)) as "overhead_cost_amount", 
    
    cast(8500 as DECIMAL(38,6))
 as "acquisition_cost_amount", 
    
    cast(100 as DECIMAL(38,6))
 as "cost_to_serve_amount", 
    
    cast(150000 as DECIMAL(38,6))
 as "net_sales_amount", 
    
    cast(15000 as DECIMAL(38,6))
 as "net_income_amount", cast(null as DOUBLE) as "top_decile_gross_margin_amount", 
    
    cast(1 as BIGINT)
 as "customers_window", 
    
    cast(10000 as DECIMAL(38,6))
 as "sales_revenue_window_amount", 
    
    cast(2 as BIGINT)
 as "invoices_window", 
    
    cast(48 as BIGINT)
 as "customers_at_start_window", 
    
    cast(1 as BIGINT)
 as "customers_lost_window", 
    
    cast(1 as BIGINT)
 as "new_customers_window", 
    
    cast(8500 as DECIMAL(38,6))
 as "acquisition_cost_window_amount", 
    
    cast(1500 as DECIMAL(38,6))
 as "cost_to_serve_window_amount", 
    
    cast(12 as BIGINT)
 as "window_months"
union all
select 
    
    cast('2026-01-01' as DATE)
 as "period_start", 
    
    cast(1000 as DECIMAL(38,6))
 as "sales_revenue_amount", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "marketing_attributed_revenue_amount", cast(null as BIGINT) as "invoices", 
    
    cast(1 as BIGINT)
 as "customers_invoiced", cast(null as BIGINT) as "customers_at_start", cast(null as BIGINT) as "customers_lost", 
    
    cast(2 as BIGINT)
 as "new_customers", cast(null as BIGINT) as "reactivated_customers", cast(null as BIGINT) as "customers_at_end", cast(null as DECIMAL(38,6)) as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "marketing_cost_amount", cast(null as DECIMAL(38,6)) as "sales_cost_amount", cast(null as DECIMAL(38,6)) as "overhead_cost_amount", 
    
    cast(8500 as DECIMAL(38,6))
 as "acquisition_cost_amount", 
    
    cast(100 as DECIMAL(38,6))
 as "cost_to_serve_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "net_sales_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "net_income_amount", cast(null as DOUBLE) as "top_decile_gross_margin_amount", 
    
    cast(1 as BIGINT)
 as "customers_window", 
    
    cast(10000 as DECIMAL(38,6))
 as "sales_revenue_window_amount", 
    
    cast(2 as BIGINT)
 as "invoices_window", 
    
    cast(10 as BIGINT)
 as "customers_at_start_window", 
    
    cast(0 as BIGINT)
 as "customers_lost_window", 
    
    cast(1 as BIGINT)
 as "new_customers_window", 
    
    cast(8500 as DECIMAL(38,6))
 as "acquisition_cost_window_amount", 
    
    cast(1500 as DECIMAL(38,6))
 as "cost_to_serve_window_amount", 
    
    cast(12 as BIGINT)
 as "window_months"
union all
select 
    
    cast('2026-02-01' as DATE)
 as "period_start", 
    
    cast(1000 as DECIMAL(38,6))
 as "sales_revenue_amount", cast(null as DECIMAL(38,6)) as "new_customer_revenue_amount", cast(null as DECIMAL(38,6)) as "returning_customer_revenue_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "marketing_attributed_revenue_amount", cast(null as BIGINT) as "invoices", 
    
    cast(1 as BIGINT)
 as "customers_invoiced", cast(null as BIGINT) as "customers_at_start", cast(null as BIGINT) as "customers_lost", 
    
    cast(2 as BIGINT)
 as "new_customers", cast(null as BIGINT) as "reactivated_customers", cast(null as BIGINT) as "customers_at_end", cast(null as DECIMAL(38,6)) as "mrr_amount", cast(null as DECIMAL(38,6)) as "previous_mrr_amount", cast(null as DECIMAL(38,6)) as "new_mrr_amount", cast(null as DECIMAL(38,6)) as "expansion_mrr_amount", cast(null as DECIMAL(38,6)) as "contraction_mrr_amount", cast(null as DECIMAL(38,6)) as "churned_mrr_amount", cast(null as DECIMAL(38,6)) as "reactivated_mrr_amount", cast(null as DECIMAL(38,6)) as "fx_effect_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "marketing_cost_amount", cast(null as DECIMAL(38,6)) as "sales_cost_amount", cast(null as DECIMAL(38,6)) as "overhead_cost_amount", 
    
    cast(8500 as DECIMAL(38,6))
 as "acquisition_cost_amount", 
    
    cast(100 as DECIMAL(38,6))
 as "cost_to_serve_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "net_sales_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "net_income_amount", cast(null as DOUBLE) as "top_decile_gross_margin_amount", 
    
    cast(1 as BIGINT)
 as "customers_window", 
    
    cast(10000 as DECIMAL(38,6))
 as "sales_revenue_window_amount", 
    
    cast(2 as BIGINT)
 as "invoices_window", 
    
    cast(0 as BIGINT)
 as "customers_at_start_window", 
    
    cast(0 as BIGINT)
 as "customers_lost_window", 
    
    cast(1 as BIGINT)
 as "new_customers_window", 
    
    cast(8500 as DECIMAL(38,6))
 as "acquisition_cost_window_amount", 
    
    cast(1500 as DECIMAL(38,6))
 as "cost_to_serve_window_amount", 
    
    cast(12 as BIGINT)
 as "window_months"