-- Revenue per month × acquisition channel (catalog section 5, "by channel"): invoiced revenue split
-- new vs returning customers, new customers, MRR at month end, and the channel's direct marketing
-- spend (ad platforms, events) with channel_roi = (revenue - spend) / spend. A customer's channel is
-- the channel of the HubSpot contact on its first subscription. Salaries and overhead are not split
-- by channel: company-level CAC and marketing ROI are in kpi_revenue.
with segment_totals as (
    select * from "off"."main"."int_customers__monthly_segments"
),

spend as (
    select * from "off"."main"."int_marketing_spend__monthly_channel"
),

customer_totals as (
    select
        period_start,
        segment as channel,
        sales_revenue_amount,
        new_customer_revenue_amount,
        returning_customer_revenue_amount,
        new_customers,
        customers_at_end,
        mrr_amount
    from segment_totals
    where segment_type = 'channel'
),

spine as (
    with keys as (
        select
            period_start,
            channel
        from customer_totals
        union
        select
            period_start,
            channel
        from spend
    )

    select
        periods.period_start,
        dimension_values.channel
    from (select distinct keys.period_start from keys) as periods
    cross join (select distinct keys.channel from keys) as dimension_values
),

joined as (
    select
        spine.period_start,
        spine.channel,
        coalesce(customer_totals.sales_revenue_amount, 0) as sales_revenue_amount,
        coalesce(customer_totals.new_customer_revenue_amount, 0) as new_customer_revenue_amount,
        coalesce(customer_totals.returning_customer_revenue_amount, 0) as returning_customer_revenue_amount,
        coalesce(customer_totals.new_customers, 0) as new_customers,
        coalesce(customer_totals.customers_at_end, 0) as customers_at_end,
        coalesce(customer_totals.mrr_amount, 0) as mrr_amount,
        coalesce(spend.marketing_spend_amount, 0) as marketing_spend_amount
    from spine
    left join customer_totals
        on spine.period_start = customer_totals.period_start and spine.channel = customer_totals.channel
    left join spend
        on spine.period_start = spend.period_start and spine.channel = spend.channel
),

final as (
    select
        -- grain
        period_start,
        'month' as period_grain,
        channel,
        -- revenue
        sales_revenue_amount,
        new_customer_revenue_amount,
        returning_customer_revenue_amount,
        new_customers,
        customers_at_end,
        mrr_amount,
        -- direct marketing spend and its return
        marketing_spend_amount,
        sales_revenue_amount - marketing_spend_amount as net_return_amount,
        case
        when marketing_spend_amount is null or marketing_spend_amount = 0 or (sales_revenue_amount) - (marketing_spend_amount) is null then null
        else cast(cast((sales_revenue_amount) - (marketing_spend_amount) as decimal(38,10)) * 1 / cast(marketing_spend_amount as decimal(38,10)) as decimal(38,10))
    end as channel_roi
    from joined
)

select * from final