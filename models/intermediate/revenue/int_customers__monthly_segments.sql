-- The customer-month counts and sums, aggregated once: one row per month × segment, the segments
-- of int_customers__segments (segment_type 'all', 'channel', 'country'). Every customer is in
-- exactly one segment of each type, so each type adds up to 'all'. int_revenue__monthly,
-- kpi_revenue_by_channel and kpi_retention read these counts instead of summing the flags again
-- (kpi_revenue sums its month's revenue and MRR itself, the same sums: test_rules_once.py).
with customer_months as (
    select * from {{ ref('int_customers__monthly') }}
),

customer_segments as (
    select * from {{ ref('int_customers__segments') }}
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
        cast(sum(invoices) as {{ dbt.type_bigint() }}) as invoices,
        cast(sum(case when invoices > 0 then 1 else 0 end) as {{ dbt.type_bigint() }}) as customers_invoiced,
        -- customers
        cast(sum(case when was_customer_at_start then 1 else 0 end) as {{ dbt.type_bigint() }}) as customers_at_start,
        cast(sum(case when is_retained then 1 else 0 end) as {{ dbt.type_bigint() }}) as customers_retained,
        cast(sum(case when is_lost then 1 else 0 end) as {{ dbt.type_bigint() }}) as customers_lost,
        cast(sum(case when is_new then 1 else 0 end) as {{ dbt.type_bigint() }}) as new_customers,
        cast(sum(case when is_reactivated then 1 else 0 end) as {{ dbt.type_bigint() }}) as reactivated_customers,
        cast(sum(case when is_customer_at_end then 1 else 0 end) as {{ dbt.type_bigint() }}) as customers_at_end,
        -- monthly recurring revenue (its movements are summed in kpi_revenue)
        sum(mrr_amount) as mrr_amount,
        -- net revenue retention: this month's MRR of the customers who had MRR a year ago
        sum(case when year_ago_mrr_amount > 0 then mrr_amount else 0 end) as year_ago_customers_mrr_amount,
        sum(year_ago_mrr_amount) as year_ago_mrr_amount
    from segmented
    group by period_start, segment_type, segment
)

select * from final
