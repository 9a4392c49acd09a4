-- One row per deal and month of int_calendar__months from the deal's first step (created, quoted or
-- closed) to its last, or to the calendar's end while it is open: what happened to the deal in the
-- month and whether it was open at the month's end. kpi_sales_funnel (by channel) and
-- kpi_sales_funnel_team (by team) count and sum their deal KPIs from these rows.
-- Open at the end of a month: created before the month's end and not closed by then.
with deals as (
    select * from {{ ref('int_deals__enriched') }}
),

months as (
    select * from {{ ref('int_calendar__months') }}
),

deal_spans as (
    select
        *,
        least(
            opportunity_month,
            coalesce(quoted_month, opportunity_month),
            coalesce(closed_month, opportunity_month)
        ) as first_month,
        case
            when closed_month is not null
                then greatest(opportunity_month, coalesce(quoted_month, closed_month), closed_month)
        end as last_month
    from deals
),

final as (
    select
        months.period_start,
        deal_spans.deal_id,
        deal_spans.channel,
        deal_spans.team_name,
        deal_spans.amount,
        deal_spans.sales_cycle_days,
        deal_spans.is_quoted,
        deal_spans.is_won,
        deal_spans.opportunity_month = months.period_start as is_created_in_period,
        coalesce(deal_spans.quoted_month = months.period_start, false) as is_quoted_in_period,
        coalesce(deal_spans.closed_month = months.period_start, false) as is_closed_in_period,
        coalesce(deal_spans.closed_month = months.period_start and deal_spans.is_won, false) as is_won_in_period,
        coalesce(deal_spans.closed_month = months.period_start and deal_spans.is_lost, false) as is_lost_in_period,
        deal_spans.opportunity_at < months.next_period_start
        and (deal_spans.closed_at is null or deal_spans.closed_at >= months.next_period_start) as is_open_at_end
    from deal_spans
    inner join months
        on
            deal_spans.first_month <= months.period_start
            and (deal_spans.last_month is null or deal_spans.last_month >= months.period_start)
)

select * from final
