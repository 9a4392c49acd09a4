
    

    create  table
      "off"."main"."int_customers__monthly_segments__dbt_tmp"
  
    
    as (
      -- The customer-month counts and sums, aggregated once: one row per month × segment, the segments
-- of int_customers__segments (segment_type 'all', 'channel', 'country'). Every customer is in
-- exactly one segment of each type, so each type adds up to 'all'. kpi_revenue (through
-- int_revenue__monthly), kpi_revenue_by_channel and kpi_retention read these counts instead of
-- summing the flags again.
with customer_months as (
    select * from "off"."main"."int_customers__monthly"
),

customer_segments as (
    select * from "off"."main"."int_customers__segments"
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
    );
    
  