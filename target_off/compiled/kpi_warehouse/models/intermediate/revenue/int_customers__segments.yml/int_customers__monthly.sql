
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