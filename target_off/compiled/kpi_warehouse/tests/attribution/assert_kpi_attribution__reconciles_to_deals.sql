-- Money reconciles from the deals to the attribution marts: for every month and model the credited
-- revenue of kpi_attribution equals the revenue won that month (int_deals__enriched, by won date)
-- and the credited pipeline equals the amount of the opportunities created that month; the same
-- holds for kpi_attribution_accounts and, for the first-touch model, for the sourced figures of
-- kpi_attribution_influence. Returns the months, models and measures that differ (> 0.01).
with deals as (
    select * from "off"."main"."int_deals__enriched"
),

expected as (
    select
        cast(date_trunc('month', won_at) as date) as period_start,
        'revenue' as measure,
        sum(amount) as amount
    from deals
    where is_won
    group by cast(date_trunc('month', won_at) as date)
    union all
    select
        cast(date_trunc('month', opportunity_at) as date) as period_start,
        'pipeline' as measure,
        sum(amount) as amount
    from deals
    where opportunity_at is not null
    group by cast(date_trunc('month', opportunity_at) as date)
),

actual as (
    select
        'kpi_attribution' as mart,
        attribution_model,
        period_start,
        sum(attributed_revenue_amount) as revenue,
        sum(attributed_pipeline_amount) as pipeline
    from "off"."marts"."kpi_attribution"
    group by attribution_model, period_start
    union all
    select
        'kpi_attribution_accounts' as mart,
        attribution_model,
        period_start,
        sum(attributed_revenue_amount) as revenue,
        sum(attributed_pipeline_amount) as pipeline
    from "off"."marts"."kpi_attribution_accounts"
    group by attribution_model, period_start
    union all
    select
        'kpi_attribution_influence' as mart,
        'first_touch' as attribution_model,
        period_start,
        sum(sourced_revenue_amount) as revenue,
        sum(sourced_pipeline_amount) as pipeline
    from "off"."marts"."kpi_attribution_influence"
    group by period_start
),

actual_long as (
    select
        mart,
        attribution_model,
        period_start,
        'revenue' as measure,
        revenue as amount
    from actual
    union all
    select
        mart,
        attribution_model,
        period_start,
        'pipeline' as measure,
        pipeline as amount
    from actual
),

marts as (
    select distinct
        mart,
        attribution_model
    from actual
),

compared as (
    select
        marts.mart,
        marts.attribution_model,
        expected.period_start,
        expected.measure,
        expected.amount as expected_amount,
        coalesce(actual_long.amount, 0) as actual_amount
    from expected
    cross join marts
    left join actual_long
        on
            marts.mart = actual_long.mart
            and marts.attribution_model = actual_long.attribution_model
            and expected.period_start = actual_long.period_start
            and expected.measure = actual_long.measure
    union all
    -- a mart month with an amount but no deal converted that month
    select
        actual_long.mart,
        actual_long.attribution_model,
        actual_long.period_start,
        actual_long.measure,
        0 as expected_amount,
        actual_long.amount as actual_amount
    from actual_long
    left join expected
        on
            actual_long.period_start = expected.period_start
            and actual_long.measure = expected.measure
    where expected.period_start is null and actual_long.amount <> 0
)

select *
from compared
where abs(expected_amount - actual_amount) > 0.01