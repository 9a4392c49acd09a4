
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- Customer counts reconcile from Stripe staging to the marts:
--   * every Stripe customer of stg_stripe__subscriptions / stg_stripe__invoices has months in
--     int_customers__monthly, and no other customer does;
--   * the customers at the end of the last month in kpi_retention (segment all) equal the
--     subscriptions in force at that month end counted straight from staging;
--   * customers lost over all months in kpi_retention = customer-months lost in int_customers__monthly;
--   * new customers over all months in kpi_revenue = distinct customers ever at a month end.
-- Returns one row per check that fails, with expected and actual.
with subscriptions as (
    select * from "off"."main"."stg_stripe__subscriptions"
),

invoices as (
    select * from "off"."main"."stg_stripe__invoices"
),

customer_months as (
    select * from "off"."main"."int_customers__monthly"
),

staged_customers as (
    select customer_id from subscriptions
    union
    select customer_id from invoices
),

last_month as (
    select max(period_start) as period_start
    from "off"."marts"."kpi_retention"
),

in_force_at_last_month_end as (
    select count(distinct subscriptions.customer_id) as customers
    from subscriptions
    cross join last_month
    where
        subscriptions.started_at < cast(

    (last_month.period_start + cast(1 as bigint) * interval 1 month) as date)
        and (
            coalesce(subscriptions.ended_at, subscriptions.canceled_at) is null
            or coalesce(subscriptions.ended_at, subscriptions.canceled_at)
            >= cast(

    (last_month.period_start + cast(1 as bigint) * interval 1 month) as date)
        )
),

checks as (
    select
        'customers in int_customers__monthly' as check_name,
        (select count(*) from staged_customers) as expected_value,
        (select count(distinct customer_id) from customer_months) as actual_value
    union all
    select
        'customers at the last month end (kpi_retention, all)' as check_name,
        (select in_force_at_last_month_end.customers from in_force_at_last_month_end) as expected_value,
        (
            select max(retention.customers_at_end)
            from "off"."marts"."kpi_retention" as retention
            inner join last_month on retention.period_start = last_month.period_start
            where retention.segment_type = 'all'
        ) as actual_value
    union all
    select
        'customers lost over all months (kpi_retention, all)' as check_name,
        (
            select count(*) from customer_months
            where customer_months.is_lost
        ) as expected_value,
        (
            select sum(retention.customers_lost) from "off"."marts"."kpi_retention" as retention
            where retention.segment_type = 'all'
        ) as actual_value
    union all
    select
        'new customers over all months (kpi_revenue)' as check_name,
        (
            select count(distinct customer_months.customer_id) from customer_months
            where customer_months.is_customer_at_end
        ) as expected_value,
        (select sum(revenue.new_customers) from "off"."marts"."kpi_revenue" as revenue) as actual_value
)

-- no billing data at all (a user without Stripe exports): every count is 0 on both sides
select *
from checks
where coalesce(expected_value, 0) <> coalesce(actual_value, 0)
  
  
      
    ) dbt_internal_test