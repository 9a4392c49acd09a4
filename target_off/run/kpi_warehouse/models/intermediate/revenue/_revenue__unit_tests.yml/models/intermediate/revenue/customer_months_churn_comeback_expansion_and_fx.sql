
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    "customer_id","period_start","channel","was_customer_at_start","is_customer_at_end","is_new","is_lost","is_reactivated","revenue_amount","mrr_amount","new_mrr_amount","expansion_mrr_amount","contraction_mrr_amount","churned_mrr_amount","reactivated_mrr_amount","fx_effect_mrr_amount", 'actual' as "actual_or_expected"
  from (
    -- One row per customer × month, from the customer's first subscription or invoice month to the last
-- month of billing data (of subscriptions when there are no invoices): status at month end, MRR
-- and its movement, invoiced revenue.
-- Rules (see DECISIONLOG.md):
--   * a customer "is a customer at month end" when one of its subscriptions started before the
--     next month and had not ended (Ended At, else Canceled At) by then;
--   * MRR at month end = for each such subscription, its latest invoice up to that month, in the
--     invoice currency (yearly plans / 12), converted at that month's FX rate;
--   * movements: new (first time a customer), reactivated (a customer again after a gap), churned
--     (no longer a customer), expansion / contraction (change in local-currency MRR of a continuing
--     customer, at this month's rate) and fx_effect (last month's local MRR revalued at this month's
--     rate): they sum to mrr_amount - previous_mrr_amount exactly;
--   * year_ago_mrr_amount: the customer's MRR twelve months before (rows are continuous per customer).
with  __dbt__cte__stg_stripe__subscriptions as (

-- Fixture for stg_stripe__subscriptions
select 
    
    cast('a1' as character varying)
 as "subscription_id", 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('k1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "plan_id", cast(null as character varying(256)) as "subscription_status", 
    
    cast('month' as character varying)
 as "billing_interval", 
    
    cast('USD' as character varying)
 as "currency", cast(null as BIGINT) as "quantity", cast(null as DECIMAL(38,6)) as "unit_amount_local", cast(null as DECIMAL(38,6)) as "unit_amount", cast(null as TIMESTAMP) as "created_at", 
    
    cast('2025-01-05 10:00:00' as TIMESTAMP)
 as "started_at", 
    
    cast('2025-03-31 12:00:00' as TIMESTAMP)
 as "canceled_at", 
    
    cast('2025-03-31 12:00:00' as TIMESTAMP)
 as "ended_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('a2' as character varying)
 as "subscription_id", 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('k1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "plan_id", cast(null as character varying(256)) as "subscription_status", 
    
    cast('month' as character varying)
 as "billing_interval", 
    
    cast('USD' as character varying)
 as "currency", cast(null as BIGINT) as "quantity", cast(null as DECIMAL(38,6)) as "unit_amount_local", cast(null as DECIMAL(38,6)) as "unit_amount", cast(null as TIMESTAMP) as "created_at", 
    
    cast('2025-05-01 10:00:00' as TIMESTAMP)
 as "started_at", 
    
    cast(null as TIMESTAMP)
 as "canceled_at", 
    
    cast(null as TIMESTAMP)
 as "ended_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('b1' as character varying)
 as "subscription_id", 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('k2' as character varying)
 as "contact_id", cast(null as character varying(256)) as "plan_id", cast(null as character varying(256)) as "subscription_status", 
    
    cast('month' as character varying)
 as "billing_interval", 
    
    cast('USD' as character varying)
 as "currency", cast(null as BIGINT) as "quantity", cast(null as DECIMAL(38,6)) as "unit_amount_local", cast(null as DECIMAL(38,6)) as "unit_amount", cast(null as TIMESTAMP) as "created_at", 
    
    cast('2025-01-10 10:00:00' as TIMESTAMP)
 as "started_at", 
    
    cast(null as TIMESTAMP)
 as "canceled_at", 
    
    cast(null as TIMESTAMP)
 as "ended_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('c1' as character varying)
 as "subscription_id", 
    
    cast('C' as character varying)
 as "customer_id", 
    
    cast(null as character varying(256))
 as "contact_id", cast(null as character varying(256)) as "plan_id", cast(null as character varying(256)) as "subscription_status", 
    
    cast('month' as character varying)
 as "billing_interval", 
    
    cast('TWD' as character varying)
 as "currency", cast(null as BIGINT) as "quantity", cast(null as DECIMAL(38,6)) as "unit_amount_local", cast(null as DECIMAL(38,6)) as "unit_amount", cast(null as TIMESTAMP) as "created_at", 
    
    cast('2025-01-03 10:00:00' as TIMESTAMP)
 as "started_at", 
    
    cast(null as TIMESTAMP)
 as "canceled_at", 
    
    cast(null as TIMESTAMP)
 as "ended_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
),  __dbt__cte__stg_stripe__invoices as (

-- Fixture for stg_stripe__invoices
select 
    
    cast('i1' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('a1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(100 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-01-05 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i2' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('a1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(100 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-02-01 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i3' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('a1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(200 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(200 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-03-01 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i4' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('a2' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(150 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(150 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-05-01 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i5' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('b1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(50 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(50 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-01-10 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i6' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('b1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(80 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(80 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-02-01 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i7' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('b1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(60 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(60 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-03-01 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i8' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('C' as character varying)
 as "customer_id", 
    
    cast('c1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('TWD' as character varying)
 as "currency", 
    
    cast(3000 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(93.75 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-01-03 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i9' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('C' as character varying)
 as "customer_id", 
    
    cast('c1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('TWD' as character varying)
 as "currency", 
    
    cast(3000 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(75 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-02-01 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
),  __dbt__cte__int_contacts__lifecycle as (

-- Fixture for int_contacts__lifecycle
select 
    
    cast('k1' as character varying)
 as "contact_id", 
    
    cast('Email' as character varying)
 as "channel", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "utm_campaign", 
    
    cast('US' as character varying)
 as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as DATE) as "lead_date", cast(null as DATE) as "mql_date", cast(null as DATE) as "sql_date", cast(null as DATE) as "opportunity_date", cast(null as DATE) as "customer_date", cast(null as DATE) as "lead_month", cast(null as DATE) as "mql_month", cast(null as DATE) as "sql_month", cast(null as DATE) as "opportunity_month", cast(null as DATE) as "customer_month", cast(null as BOOLEAN) as "is_mql", cast(null as BOOLEAN) as "is_sql", cast(null as BOOLEAN) as "is_opportunity", cast(null as BOOLEAN) as "is_customer", cast(null as BOOLEAN) as "is_web_lead", cast(null as BIGINT) as "lead_score"
union all
select 
    
    cast('k2' as character varying)
 as "contact_id", 
    
    cast('Paid Search' as character varying)
 as "channel", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "utm_campaign", 
    
    cast('TW' as character varying)
 as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as DATE) as "lead_date", cast(null as DATE) as "mql_date", cast(null as DATE) as "sql_date", cast(null as DATE) as "opportunity_date", cast(null as DATE) as "customer_date", cast(null as DATE) as "lead_month", cast(null as DATE) as "mql_month", cast(null as DATE) as "sql_month", cast(null as DATE) as "opportunity_month", cast(null as DATE) as "customer_month", cast(null as BOOLEAN) as "is_mql", cast(null as BOOLEAN) as "is_sql", cast(null as BOOLEAN) as "is_opportunity", cast(null as BOOLEAN) as "is_customer", cast(null as BOOLEAN) as "is_web_lead", cast(null as BIGINT) as "lead_score"
),  __dbt__cte__int_calendar__months as (

-- Fixture for int_calendar__months
select 
    
    cast('2024-12-01' as DATE)
 as "period_start", 
    
    cast('2025-01-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('2025-02-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('2025-03-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-03-01' as DATE)
 as "period_start", 
    
    cast('2025-04-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-04-01' as DATE)
 as "period_start", 
    
    cast('2025-05-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-05-01' as DATE)
 as "period_start", 
    
    cast('2025-06-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
union all
select 
    
    cast('2025-06-01' as DATE)
 as "period_start", 
    
    cast('2025-07-01' as DATE)
 as "next_period_start", cast(null as DATE) as "previous_period_start", cast(null as DATE) as "year_ago_period_start"
),  __dbt__cte__fx_rates as (

-- Fixture for fx_rates
select 
    
    cast('2025-01-01' as DATE)
 as "rate_month", 
    
    cast('USD' as character varying)
 as "currency_code", 
    
    cast(1 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "rate_month", 
    
    cast('USD' as character varying)
 as "currency_code", 
    
    cast(1 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-03-01' as DATE)
 as "rate_month", 
    
    cast('USD' as character varying)
 as "currency_code", 
    
    cast(1 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-04-01' as DATE)
 as "rate_month", 
    
    cast('USD' as character varying)
 as "currency_code", 
    
    cast(1 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-05-01' as DATE)
 as "rate_month", 
    
    cast('USD' as character varying)
 as "currency_code", 
    
    cast(1 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-01-01' as DATE)
 as "rate_month", 
    
    cast('TWD' as character varying)
 as "currency_code", 
    
    cast(32 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-02-01' as DATE)
 as "rate_month", 
    
    cast('TWD' as character varying)
 as "currency_code", 
    
    cast(40 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-03-01' as DATE)
 as "rate_month", 
    
    cast('TWD' as character varying)
 as "currency_code", 
    
    cast(40 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-04-01' as DATE)
 as "rate_month", 
    
    cast('TWD' as character varying)
 as "currency_code", 
    
    cast(40 as DECIMAL(18,6))
 as "units_per_usd"
union all
select 
    
    cast('2025-05-01' as DATE)
 as "rate_month", 
    
    cast('TWD' as character varying)
 as "currency_code", 
    
    cast(40 as DECIMAL(18,6))
 as "units_per_usd"
), subscriptions as (
    select * from __dbt__cte__stg_stripe__subscriptions
),

invoices as (
    select * from __dbt__cte__stg_stripe__invoices
),

contacts as (
    select * from __dbt__cte__int_contacts__lifecycle
),

calendar as (
    select * from __dbt__cte__int_calendar__months
),

customer_firsts as (
    select
        customer_id,
        min(first_month) as first_month
    from (
        select
            customer_id,
            cast(date_trunc('month', started_at) as date) as first_month
        from subscriptions
        union all
        select
            customer_id,
            cast(date_trunc('month', invoiced_at) as date) as first_month
        from invoices
    ) as firsts
    group by customer_id
),

-- the customer's acquisition contact: the contact on its earliest subscription
customer_contacts as (
    select
        customer_id,
        contact_id,
        currency
    from (
        select
            customer_id,
            contact_id,
            currency,
            row_number() over (partition by customer_id order by started_at, subscription_id) as subscription_rank
        from subscriptions
    ) as ranked
    where subscription_rank = 1
),

-- the last month of billing data: of the invoices; an export of subscriptions alone (no invoices)
-- ends at its latest start
last_month as (
    select
        coalesce(
            (select max(cast(date_trunc('month', invoiced_at) as date)) from invoices),
            (select max(cast(date_trunc('month', started_at) as date)) from subscriptions)
        ) as period_start
),

customer_months as (
    select
        customer_firsts.customer_id,
        calendar.period_start,
        calendar.next_period_start
    from customer_firsts
    inner join calendar
        on customer_firsts.first_month <= calendar.period_start
    cross join last_month
    where calendar.period_start <= last_month.period_start
),

-- subscriptions in force at each month end, with their latest invoice up to that month
subscription_month_ends as (
    select
        customer_months.customer_id,
        customer_months.period_start,
        subscriptions.subscription_id,
        subscriptions.billing_interval
    from customer_months
    inner join subscriptions
        on
            customer_months.customer_id = subscriptions.customer_id
            and customer_months.next_period_start > subscriptions.started_at
            and (
                coalesce(subscriptions.ended_at, subscriptions.canceled_at) is null
                or coalesce(subscriptions.ended_at, subscriptions.canceled_at) >= customer_months.next_period_start
            )
),

latest_invoices as (
    select
        subscription_month_ends.customer_id,
        subscription_month_ends.period_start,
        subscription_month_ends.subscription_id,
        cast(case
            when subscription_month_ends.billing_interval = 'year' then invoices.amount_due_local / 12
            else invoices.amount_due_local
        end as decimal(38,6)) as mrr_local,
        invoices.currency,
        row_number() over (
            partition by subscription_month_ends.subscription_id, subscription_month_ends.period_start
            order by invoices.invoiced_at desc, invoices.invoice_id desc
        ) as invoice_rank
    from subscription_month_ends
    inner join invoices
        on
            subscription_month_ends.subscription_id = invoices.subscription_id
            and cast(date_trunc('month', invoices.invoiced_at) as date)
            <= subscription_month_ends.period_start
),

mrr_local as (
    select
        customer_id,
        period_start,
        sum(mrr_local) as mrr_local
    from latest_invoices
    where invoice_rank = 1
    group by customer_id, period_start
),

active as (
    select distinct
        customer_id,
        period_start
    from subscription_month_ends
),

revenue as (
    select
        customer_id,
        cast(date_trunc('month', invoiced_at) as date) as period_start,
        sum(amount_due) as revenue_amount,
        count(*) as invoices
    from invoices
    group by customer_id, cast(date_trunc('month', invoiced_at) as date)
),

monthly as (
    select
        customer_months.customer_id,
        customer_months.period_start,
        customer_contacts.contact_id,
        customer_contacts.currency,
        active.customer_id is not null as is_customer_at_end,
        coalesce(mrr_local.mrr_local, 0) as mrr_local,
        cast(coalesce(mrr_local.mrr_local, 0) * fx.rate_to_reporting as decimal(38,6))
            as mrr_amount,
        fx.rate_to_reporting,
        coalesce(revenue.revenue_amount, 0) as revenue_amount,
        coalesce(revenue.invoices, 0) as invoices
    from customer_months
    left join customer_contacts on customer_months.customer_id = customer_contacts.customer_id
    left join active
        on customer_months.customer_id = active.customer_id and customer_months.period_start = active.period_start
    left join mrr_local
        on
            customer_months.customer_id = mrr_local.customer_id
            and customer_months.period_start = mrr_local.period_start
    left join revenue
        on customer_months.customer_id = revenue.customer_id and customer_months.period_start = revenue.period_start
    left join (
        select
            cast(null as date) as rate_month,
            'USD' as currency_code,
            cast(1 as double precision) as rate_to_reporting,
            true as is_reporting_currency
        union all
        select
            local_rate.rate_month,
            local_rate.currency_code,
            cast(reporting_rate.units_per_usd as double precision)
            / cast(local_rate.units_per_usd as double precision) as rate_to_reporting,
            false as is_reporting_currency
        from __dbt__cte__fx_rates as local_rate
        inner join __dbt__cte__fx_rates as reporting_rate
            on
                local_rate.rate_month = reporting_rate.rate_month
                and reporting_rate.currency_code = 'USD'
        where local_rate.currency_code <> 'USD'
    ) as fx
        on
            fx.currency_code = upper(customer_contacts.currency)
            and (
                fx.is_reporting_currency
                or fx.rate_month = cast(date_trunc('month', customer_months.period_start) as date)
            )
),

with_history as (
    select
        *,
        coalesce(
            lag(is_customer_at_end) over (partition by customer_id order by period_start), false
        ) as was_customer_at_start,
        coalesce(
            max(case when is_customer_at_end then 1 else 0 end) over (
                partition by customer_id order by period_start rows between unbounded preceding and 1 preceding
            ),
            0
        ) = 1 as was_customer_before,
        coalesce(lag(mrr_local) over (partition by customer_id order by period_start), 0) as previous_mrr_local,
        -- the change of local-currency MRR at this month's rate (expansion or contraction); the rest
        -- of the change in reporting currency is the FX effect, so the movements add up exactly
        cast(
            (mrr_local - coalesce(lag(mrr_local) over (partition by customer_id order by period_start), 0))
            * rate_to_reporting as decimal(38,6)
        ) as local_change_amount,
        coalesce(lag(mrr_amount) over (partition by customer_id order by period_start), 0) as previous_mrr_amount,
        coalesce(lag(mrr_amount, 12) over (partition by customer_id order by period_start), 0) as year_ago_mrr_amount,
        min(case when invoices > 0 then period_start end) over (partition by customer_id) as first_invoice_month
    from monthly
),

final as (
    select
        -- ids
        with_history.customer_id,
        with_history.contact_id,
        -- grain
        with_history.period_start,
        -- dimensions
        coalesce(contacts.channel, 'Other') as channel,
        coalesce(contacts.country_code, 'unknown') as country_code,
        with_history.currency,
        -- status
        with_history.was_customer_at_start,
        with_history.is_customer_at_end,
        with_history.was_customer_at_start and with_history.is_customer_at_end as is_retained,
        with_history.was_customer_at_start and not with_history.is_customer_at_end as is_lost,
        not with_history.was_customer_at_start and with_history.is_customer_at_end
        and not with_history.was_customer_before as is_new,
        not with_history.was_customer_at_start and with_history.is_customer_at_end
        and with_history.was_customer_before as is_reactivated,
        -- revenue
        with_history.revenue_amount,
        with_history.invoices,
        with_history.period_start = with_history.first_invoice_month as is_first_revenue_month,
        case
            when with_history.period_start = with_history.first_invoice_month then with_history.revenue_amount
            else 0
        end as new_customer_revenue_amount,
        case
            when with_history.period_start = with_history.first_invoice_month then 0
            else with_history.revenue_amount
        end as returning_customer_revenue_amount,
        -- MRR
        with_history.mrr_local,
        with_history.mrr_amount,
        with_history.previous_mrr_amount,
        with_history.year_ago_mrr_amount,
        case
            when not with_history.was_customer_at_start and not with_history.was_customer_before
                then with_history.mrr_amount
            else 0
        end as new_mrr_amount,
        case
            when not with_history.was_customer_at_start and with_history.was_customer_before
                then with_history.mrr_amount
            else 0
        end as reactivated_mrr_amount,
        case
            when with_history.was_customer_at_start and not with_history.is_customer_at_end
                then -with_history.previous_mrr_amount
            else 0
        end as churned_mrr_amount,
        case
            when
                with_history.was_customer_at_start and with_history.is_customer_at_end
                and with_history.mrr_local > with_history.previous_mrr_local
                then with_history.local_change_amount
            else 0
        end as expansion_mrr_amount,
        case
            when
                with_history.was_customer_at_start and with_history.is_customer_at_end
                and with_history.mrr_local < with_history.previous_mrr_local
                then with_history.local_change_amount
            else 0
        end as contraction_mrr_amount,
        case
            when with_history.was_customer_at_start and with_history.is_customer_at_end
                then with_history.mrr_amount - with_history.previous_mrr_amount - with_history.local_change_amount
            else 0
        end as fx_effect_mrr_amount
    from with_history
    left join contacts on with_history.contact_id = contacts.contact_id
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    "customer_id", "period_start", "channel", "was_customer_at_start", "is_customer_at_end", "is_new", "is_lost", "is_reactivated", "revenue_amount", "mrr_amount", "new_mrr_amount", "expansion_mrr_amount", "contraction_mrr_amount", "churned_mrr_amount", "reactivated_mrr_amount", "fx_effect_mrr_amount", 'expected' as "actual_or_expected"
  from (
    select 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(False as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(True as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(100 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(100 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(100 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(100 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(100 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('2025-03-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(False as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(True as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(200 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(-100 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('2025-04-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(False as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(False as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(0 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('2025-05-01' as DATE)
 as "period_start", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(False as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(True as BOOLEAN)
 as "is_reactivated", 
    
    cast(150 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(150 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(150 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(False as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(True as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(50 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(50 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(50 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(80 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(80 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(30 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('2025-03-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(60 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(60 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(-20 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('2025-04-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(0 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(60 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('2025-05-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(0 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(60 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('C' as character varying)
 as "customer_id", 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('Other' as character varying)
 as "channel", 
    
    cast(False as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(True as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(93.75 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(93.75 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(93.75 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('C' as character varying)
 as "customer_id", 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('Other' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(75 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(75 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(-18.75 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('C' as character varying)
 as "customer_id", 
    
    cast('2025-03-01' as DATE)
 as "period_start", 
    
    cast('Other' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(0 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(75 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('C' as character varying)
 as "customer_id", 
    
    cast('2025-04-01' as DATE)
 as "period_start", 
    
    cast('Other' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(0 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(75 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
union all
select 
    
    cast('C' as character varying)
 as "customer_id", 
    
    cast('2025-05-01' as DATE)
 as "period_start", 
    
    cast('Other' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "was_customer_at_start", 
    
    cast(True as BOOLEAN)
 as "is_customer_at_end", 
    
    cast(False as BOOLEAN)
 as "is_new", 
    
    cast(False as BOOLEAN)
 as "is_lost", 
    
    cast(False as BOOLEAN)
 as "is_reactivated", 
    
    cast(0 as DECIMAL(38,6))
 as "revenue_amount", 
    
    cast(75 as DECIMAL(38,6))
 as "mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "new_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "expansion_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "contraction_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "churned_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "reactivated_mrr_amount", 
    
    cast(0 as DECIMAL(38,6))
 as "fx_effect_mrr_amount"
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected