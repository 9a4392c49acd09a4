-- Revenue, profitability and unit economics KPIs per month (catalog section 5). The month's revenue
-- and MRR with its movements are summed here over the customers' months (int_customers__monthly,
-- where each customer-month's movement is classified); the unit-economics parts and their trailing
-- windows come from int_revenue__monthly. Every rate goes through ratio(); ROI through roi().
-- CLV is given in both forms of the articles (see DECISIONLOG.md and the kpi_clv docs):
--   clv        (001) = avg transaction value × transactions per customer-year × expected lifetime
--                      − cost to serve over that lifetime;
--   clv_simple (004) = avg annual customer value × expected lifetime.
-- Expected lifetime (years) = 1 / annual churn rate, capped at var('clv_lifetime_cap_years'), the
-- cap also when there was no churn; NULL when there were no customers to churn. Annual churn rate =
-- customers lost ÷ customers at month start over the trailing window (pooled monthly churn) × 12.
-- clv_to_cac_ratio compares clv with the CAC of the same trailing window.
{%- set cap = var('clv_lifetime_cap_years') %}
with revenue as (
    select * from {{ ref('int_revenue__monthly') }}
),

customer_months as (
    select * from {{ ref('int_customers__monthly') }}
),

-- sales revenue split new / returning, and MRR at month end with its movements
customer_totals as (
    select
        period_start,
        sum(revenue_amount) as sales_revenue_amount,
        sum(new_customer_revenue_amount) as new_customer_revenue_amount,
        sum(returning_customer_revenue_amount) as returning_customer_revenue_amount,
        cast(sum(case when is_customer_at_end then 1 else 0 end) as {{ dbt.type_bigint() }}) as customers_at_end,
        sum(mrr_amount) as mrr_amount,
        sum(previous_mrr_amount) as previous_mrr_amount,
        sum(new_mrr_amount) as new_mrr_amount,
        sum(expansion_mrr_amount) as expansion_mrr_amount,
        sum(contraction_mrr_amount) as contraction_mrr_amount,
        sum(churned_mrr_amount) as churned_mrr_amount,
        sum(reactivated_mrr_amount) as reactivated_mrr_amount,
        sum(fx_effect_mrr_amount) as fx_effect_mrr_amount
    from customer_months
    group by period_start
),

months as (
    select
        revenue.*,
        coalesce(customer_totals.sales_revenue_amount, 0) as sales_revenue_amount,
        coalesce(customer_totals.new_customer_revenue_amount, 0) as new_customer_revenue_amount,
        coalesce(customer_totals.returning_customer_revenue_amount, 0) as returning_customer_revenue_amount,
        coalesce(customer_totals.customers_at_end, 0) as customers_at_end,
        coalesce(customer_totals.mrr_amount, 0) as mrr_amount,
        coalesce(customer_totals.previous_mrr_amount, 0) as previous_mrr_amount,
        coalesce(customer_totals.new_mrr_amount, 0) as new_mrr_amount,
        coalesce(customer_totals.expansion_mrr_amount, 0) as expansion_mrr_amount,
        coalesce(customer_totals.contraction_mrr_amount, 0) as contraction_mrr_amount,
        coalesce(customer_totals.churned_mrr_amount, 0) as churned_mrr_amount,
        coalesce(customer_totals.reactivated_mrr_amount, 0) as reactivated_mrr_amount,
        coalesce(customer_totals.fx_effect_mrr_amount, 0) as fx_effect_mrr_amount
    from revenue
    left join customer_totals on revenue.period_start = customer_totals.period_start
),

-- the annualised churn count, written once: annual churn rate = it ÷ customers at start, and
-- expected lifetime = its inverse (customers at start ÷ it), computed from the counts (unrounded)
window_parts as (
    select
        *,
        customers_lost_window * 12 as customers_lost_window_annualised,
        marketing_attributed_revenue_amount - marketing_cost_amount as marketing_net_return_amount
    from months
),

rates as (
    select
        *,
        {{ ratio('net_income_amount', 'net_sales_amount') }} as net_profit_margin,
        {{ ratio('marketing_net_return_amount', 'marketing_cost_amount') }} as marketing_roi,
        {{ ratio('acquisition_cost_amount', 'new_customers') }} as cac,
        {{ ratio('acquisition_cost_window_amount', 'new_customers_window') }} as cac_window,
        {{ ratio('sales_revenue_window_amount', 'invoices_window') }} as avg_transaction_value,
        {{ ratio('invoices_window * 12', 'customers_window * window_months') }} as transactions_per_customer_year,
        {{ ratio('sales_revenue_window_amount * 12', 'customers_window * window_months') }}
            as avg_customer_value_per_year,
        {{ ratio('cost_to_serve_window_amount * 12', 'customers_window * window_months') }}
            as cost_to_serve_per_customer_year,
        {{ ratio('customers_lost_window_annualised', 'customers_at_start_window') }} as annual_churn_rate,
        sales_revenue_amount - cost_to_serve_amount as gross_margin_amount
    from window_parts
),

lifetimes as (
    select
        *,
        -- 1 / annual churn rate = customers at start / (customers lost × 12), computed unrounded
        case
            when customers_at_start_window = 0 then null
            when customers_lost_window = 0 then {{ cap }}
            else least({{ ratio('customers_at_start_window', 'customers_lost_window_annualised') }}, {{ cap }})
        end as expected_lifetime_years
    from rates
),

customer_values as (
    select
        *,
        cast(
            avg_transaction_value * transactions_per_customer_year * expected_lifetime_years
            - cost_to_serve_per_customer_year * expected_lifetime_years
            as {{ api.Column.translate_type('decimal(38,10)') }}
        ) as clv,
        cast(
            avg_customer_value_per_year * expected_lifetime_years as {{ api.Column.translate_type('decimal(38,10)') }}
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
        {{ ratio('clv', 'cac_window') }} as clv_to_cac_ratio,
        -- customer profitability
        cost_to_serve_amount,
        gross_margin_amount,
        {{ ratio('gross_margin_amount', 'customers_invoiced') }} as gross_margin_per_customer,
        cast(top_decile_gross_margin_amount as {{ dbt.type_numeric() }}) as top_decile_gross_margin_amount,
        {{ ratio('top_decile_gross_margin_amount', 'gross_margin_amount') }} as top_decile_gross_margin_share,
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
