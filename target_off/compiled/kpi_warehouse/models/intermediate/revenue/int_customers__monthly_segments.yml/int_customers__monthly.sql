
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