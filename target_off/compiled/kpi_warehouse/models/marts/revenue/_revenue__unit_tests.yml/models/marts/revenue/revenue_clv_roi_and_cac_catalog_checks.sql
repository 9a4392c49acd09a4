-- Revenue, profitability and unit economics KPIs per month (catalog section 5), from the additive
-- parts in int_revenue__monthly. Every rate goes through ratio(); ROI through roi().
-- CLV is given in both forms of the articles (see DECISIONLOG.md and the kpi_clv docs):
--   clv        (001) = avg transaction value × transactions per customer-year × expected lifetime
--                      − cost to serve over that lifetime;
--   clv_simple (004) = avg annual customer value × expected lifetime.
-- Expected lifetime (years) = 1 / annual churn rate, capped at var('clv_lifetime_cap_years'), the
-- cap also when there was no churn; NULL when there were no customers to churn. Annual churn rate =
-- customers lost ÷ customers at month start over the trailing window (pooled monthly churn) × 12.
-- clv_to_cac_ratio compares clv with the CAC of the same trailing window.
with  __dbt__cte__int_revenue__monthly as (

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
), revenue as (
    select * from __dbt__cte__int_revenue__monthly
),

-- the annualised churn count, written once: annual churn rate = it ÷ customers at start, and
-- expected lifetime = its inverse (customers at start ÷ it), computed from the counts (unrounded)
window_parts as (
    select
        *,
        customers_lost_window * 12 as customers_lost_window_annualised,
        marketing_attributed_revenue_amount - marketing_cost_amount as marketing_net_return_amount
    from revenue
),

rates as (
    select
        *,
        case
        when net_sales_amount is null or net_sales_amount = 0 or net_income_amount is null then null
        else cast(cast(net_income_amount as decimal(38,10)) * 1 / cast(net_sales_amount as decimal(38,10)) as decimal(38,10))
    end as net_profit_margin,
        case
        when marketing_cost_amount is null or marketing_cost_amount = 0 or marketing_net_return_amount is null then null
        else cast(cast(marketing_net_return_amount as decimal(38,10)) * 1 / cast(marketing_cost_amount as decimal(38,10)) as decimal(38,10))
    end as marketing_roi,
        case
        when new_customers is null or new_customers = 0 or acquisition_cost_amount is null then null
        else cast(cast(acquisition_cost_amount as decimal(38,10)) * 1 / cast(new_customers as decimal(38,10)) as decimal(38,10))
    end as cac,
        case
        when new_customers_window is null or new_customers_window = 0 or acquisition_cost_window_amount is null then null
        else cast(cast(acquisition_cost_window_amount as decimal(38,10)) * 1 / cast(new_customers_window as decimal(38,10)) as decimal(38,10))
    end as cac_window,
        case
        when invoices_window is null or invoices_window = 0 or sales_revenue_window_amount is null then null
        else cast(cast(sales_revenue_window_amount as decimal(38,10)) * 1 / cast(invoices_window as decimal(38,10)) as decimal(38,10))
    end as avg_transaction_value,
        case
        when customers_window * window_months is null or customers_window * window_months = 0 or invoices_window * 12 is null then null
        else cast(cast(invoices_window * 12 as decimal(38,10)) * 1 / cast(customers_window * window_months as decimal(38,10)) as decimal(38,10))
    end as transactions_per_customer_year,
        case
        when customers_window * window_months is null or customers_window * window_months = 0 or sales_revenue_window_amount * 12 is null then null
        else cast(cast(sales_revenue_window_amount * 12 as decimal(38,10)) * 1 / cast(customers_window * window_months as decimal(38,10)) as decimal(38,10))
    end
            as avg_customer_value_per_year,
        case
        when customers_window * window_months is null or customers_window * window_months = 0 or cost_to_serve_window_amount * 12 is null then null
        else cast(cast(cost_to_serve_window_amount * 12 as decimal(38,10)) * 1 / cast(customers_window * window_months as decimal(38,10)) as decimal(38,10))
    end
            as cost_to_serve_per_customer_year,
        case
        when customers_at_start_window is null or customers_at_start_window = 0 or customers_lost_window_annualised is null then null
        else cast(cast(customers_lost_window_annualised as decimal(38,10)) * 1 / cast(customers_at_start_window as decimal(38,10)) as decimal(38,10))
    end as annual_churn_rate,
        sales_revenue_amount - cost_to_serve_amount as gross_margin_amount
    from window_parts
),

lifetimes as (
    select
        *,
        -- 1 / annual churn rate = customers at start / (customers lost × 12), computed unrounded
        case
            when customers_at_start_window = 0 then null
            when customers_lost_window = 0 then 5
            else least(case
        when customers_lost_window_annualised is null or customers_lost_window_annualised = 0 or customers_at_start_window is null then null
        else cast(cast(customers_at_start_window as decimal(38,10)) * 1 / cast(customers_lost_window_annualised as decimal(38,10)) as decimal(38,10))
    end, 5)
        end as expected_lifetime_years
    from rates
),

customer_values as (
    select
        *,
        cast(
            avg_transaction_value * transactions_per_customer_year * expected_lifetime_years
            - cost_to_serve_per_customer_year * expected_lifetime_years
            as decimal(38,10)
        ) as clv,
        cast(
            avg_customer_value_per_year * expected_lifetime_years as decimal(38,10)
        ) as clv_simple
    from lifetimes
),

final as (
    select
        -- grain
        period_start,
        'month' as period_grain,
        -- sales revenue
        sales_revenue_amount,
        new_customer_revenue_amount,
        returning_customer_revenue_amount,
        invoices,
        customers_invoiced,
        -- profitability
        net_sales_amount,
        net_income_amount,
        net_profit_margin,
        marketing_attributed_revenue_amount,
        marketing_cost_amount,
        marketing_net_return_amount,
        marketing_roi,
        -- customer acquisition cost
        sales_cost_amount,
        overhead_cost_amount,
        acquisition_cost_amount,
        new_customers,
        cac,
        acquisition_cost_window_amount,
        new_customers_window,
        cac_window,
        -- customer lifetime value
        window_months,
        sales_revenue_window_amount,
        invoices_window,
        customers_window,
        customers_at_start_window,
        customers_lost_window,
        cost_to_serve_window_amount,
        avg_transaction_value,
        transactions_per_customer_year,
        avg_customer_value_per_year,
        cost_to_serve_per_customer_year,
        annual_churn_rate,
        expected_lifetime_years,
        clv,
        clv_simple,
        case
        when cac_window is null or cac_window = 0 or clv is null then null
        else cast(cast(clv as decimal(38,10)) * 1 / cast(cac_window as decimal(38,10)) as decimal(38,10))
    end as clv_to_cac_ratio,
        -- customer profitability
        cost_to_serve_amount,
        gross_margin_amount,
        case
        when customers_invoiced is null or customers_invoiced = 0 or gross_margin_amount is null then null
        else cast(cast(gross_margin_amount as decimal(38,10)) * 1 / cast(customers_invoiced as decimal(38,10)) as decimal(38,10))
    end as gross_margin_per_customer,
        cast(top_decile_gross_margin_amount as numeric(28,6)) as top_decile_gross_margin_amount,
        case
        when gross_margin_amount is null or gross_margin_amount = 0 or top_decile_gross_margin_amount is null then null
        else cast(cast(top_decile_gross_margin_amount as decimal(38,10)) * 1 / cast(gross_margin_amount as decimal(38,10)) as decimal(38,10))
    end as top_decile_gross_margin_share,
        -- monthly recurring revenue (at month end) and its movements
        customers_at_end,
        mrr_amount,
        previous_mrr_amount,
        new_mrr_amount,
        expansion_mrr_amount,
        contraction_mrr_amount,
        churned_mrr_amount,
        reactivated_mrr_amount,
        fx_effect_mrr_amount
    from customer_values
)

select * from final