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
with subscriptions as (
    select * from "off"."main"."stg_stripe__subscriptions"
),

invoices as (
    select * from "off"."main"."stg_stripe__invoices"
),

contacts as (
    select * from "off"."main"."int_contacts__lifecycle"
),

calendar as (
    select * from "off"."main"."int_calendar__months"
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
        from "off"."main"."fx_rates" as local_rate
        inner join "off"."main"."fx_rates" as reporting_rate
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