-- One row per month: the additive parts of the unit-economics KPIs (catalog section 5: CAC, CLV,
-- marketing ROI, customer profitability), month by month and summed over the trailing
-- var('clv_window_months') months (*_window columns; window_months says how many months of data the
-- window holds). kpi_revenue turns them into KPIs; it sums the month's revenue and MRR itself from
-- int_customers__monthly. revenue_amount is the month's invoiced revenue, the window's base.
{%- set window = var('clv_window_months') | int %}
{%- set marketing_groups = "'" ~ var('marketing_attributed_channel_groups') | join("', '") ~ "'" %}
with customer_months as (
    select * from {{ ref('int_customers__monthly') }}
),

finance as (
    select * from {{ ref('int_finance__monthly') }}
),

segment_totals as (
    select * from {{ ref('int_customers__monthly_segments') }}
),

channel_groups as (
    select distinct
        channel,
        channel_group
    from {{ ref('channel_map') }}
),

data_months as (
    select period_start from customer_months
    union
    select period_start from finance
),

months as (
    {{ calendar_months_covering('data_months') }}
),

-- customer profitability: cost to serve shared equally by the customers invoiced in the month
customer_margins as (
    select
        customer_months.period_start,
        customer_months.revenue_amount
        - finance.cost_to_serve_amount / count(*) over (partition by customer_months.period_start)
            as gross_margin_amount,
        ntile(10) over (
            partition by customer_months.period_start
            order by customer_months.revenue_amount desc, customer_months.customer_id asc
        ) as margin_decile
    from customer_months
    left join finance on customer_months.period_start = finance.period_start
    where customer_months.invoices > 0
),

top_decile as (
    select
        period_start,
        sum(gross_margin_amount) as top_decile_gross_margin_amount
    from customer_margins
    where margin_decile = 1
    group by period_start
),

-- revenue of the customers acquired through the channel groups marketing spend buys
marketing_attributed as (
    select
        segment_totals.period_start,
        sum(segment_totals.sales_revenue_amount) as marketing_attributed_revenue_amount
    from segment_totals
    inner join channel_groups on segment_totals.segment = channel_groups.channel
    where
        segment_totals.segment_type = 'channel'
        and channel_groups.channel_group in ({{ marketing_groups }})
    group by segment_totals.period_start
),

customer_totals as (
    select
        segment_totals.*,
        marketing_attributed.marketing_attributed_revenue_amount
    from segment_totals
    left join marketing_attributed on segment_totals.period_start = marketing_attributed.period_start
    where segment_totals.segment_type = 'all'
),

-- distinct customers invoiced in the trailing window (not additive, so counted on its own)
window_customers as (
    select
        months.period_start,
        count(distinct customer_months.customer_id) as customers_window
    from months
    inner join customer_months
        on
            months.period_start >= customer_months.period_start
            and customer_months.period_start
            > cast({{ dbt.dateadd('month', -window, 'months.period_start') }} as date)
            and customer_months.invoices > 0
    group by months.period_start
),

monthly as (
    select
        months.period_start,
        coalesce(customer_totals.sales_revenue_amount, 0) as revenue_amount,
        coalesce(customer_totals.marketing_attributed_revenue_amount, 0) as marketing_attributed_revenue_amount,
        coalesce(customer_totals.invoices, 0) as invoices,
        coalesce(customer_totals.customers_invoiced, 0) as customers_invoiced,
        coalesce(customer_totals.customers_at_start, 0) as customers_at_start,
        coalesce(customer_totals.customers_lost, 0) as customers_lost,
        coalesce(customer_totals.new_customers, 0) as new_customers,
        coalesce(customer_totals.reactivated_customers, 0) as reactivated_customers,
        coalesce(finance.marketing_cost_amount, 0) as marketing_cost_amount,
        coalesce(finance.sales_cost_amount, 0) as sales_cost_amount,
        coalesce(finance.overhead_cost_amount, 0) as overhead_cost_amount,
        coalesce(finance.acquisition_cost_amount, 0) as acquisition_cost_amount,
        coalesce(finance.cost_to_serve_amount, 0) as cost_to_serve_amount,
        finance.net_sales_amount,
        finance.net_income_amount,
        coalesce(top_decile.top_decile_gross_margin_amount, 0) as top_decile_gross_margin_amount,
        coalesce(window_customers.customers_window, 0) as customers_window
    from months
    left join customer_totals on months.period_start = customer_totals.period_start
    left join finance on months.period_start = finance.period_start
    left join top_decile on months.period_start = top_decile.period_start
    left join window_customers on months.period_start = window_customers.period_start
),

final as (
    select
        *,
        {%- for column, alias in [
            ('revenue_amount', 'sales_revenue_window_amount'), ('invoices', 'invoices_window'),
            ('customers_at_start', 'customers_at_start_window'), ('customers_lost', 'customers_lost_window'),
            ('new_customers', 'new_customers_window'), ('acquisition_cost_amount', 'acquisition_cost_window_amount'),
            ('cost_to_serve_amount', 'cost_to_serve_window_amount'),
        ] %}
            {%- set is_money = column.endswith('_amount') %}
            {%- set window_sum = 'sum(' ~ column ~ ') over (order by period_start rows between '
                ~ (window - 1) ~ ' preceding and current row)' %}
            {{ window_sum if is_money else 'cast(' ~ window_sum ~ ' as ' ~ dbt.type_bigint() ~ ')' }} as {{ alias }},
        {%- endfor %}
        count(*) over (order by period_start rows between {{ window - 1 }} preceding and current row) as window_months
    from monthly
)

select * from final
