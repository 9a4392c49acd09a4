{% macro sales_pipeline_by(deals, months, dimension) -%}
    {#- Deal-side sales funnel measures per month × dimension (channel or team_name), shared by
        kpi_sales_funnel and kpi_sales_funnel_team so both use one definition of every measure.
        deals: a relation shaped like int_deals__enriched; months: period_start/next_period_start.
        Period counts: deals created (opportunity_month), quoted, won/lost/closed (close month).
        Open pipeline: deals created before the period's end and not closed by then. -#}
    select
        months.period_start,
        deals.{{ dimension }},
        cast(sum(case when deals.opportunity_month = months.period_start then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_created,
        cast(sum(case when deals.opportunity_month = months.period_start and deals.is_quoted then 1 else 0 end) as {{ dbt.type_bigint() }})
            as deals_created_cohort_quoted,
        cast(sum(case when deals.opportunity_month = months.period_start and deals.is_won then 1 else 0 end) as {{ dbt.type_bigint() }})
            as deals_created_cohort_won,
        cast(sum(case when deals.quoted_month = months.period_start then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_quoted,
        cast(sum(case when deals.closed_month = months.period_start and deals.is_won then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_won,
        cast(sum(case when deals.closed_month = months.period_start and deals.is_lost then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_lost,
        cast(sum(case when deals.closed_month = months.period_start then 1 else 0 end) as {{ dbt.type_bigint() }}) as deals_closed,
        sum(case when deals.closed_month = months.period_start and deals.is_won then deals.amount else 0 end)
            as won_amount,
        cast(sum(
            case when deals.closed_month = months.period_start and deals.is_won then deals.sales_cycle_days end
        ) as {{ dbt.type_bigint() }}) as sales_cycle_days_total,
        count(
            case when deals.closed_month = months.period_start and deals.is_won then deals.sales_cycle_days end
        ) as won_deals_with_cycle,
        {{ median(
            "case when deals.closed_month = months.period_start and deals.is_won then deals.sales_cycle_days end"
        ) }} as sales_cycle_days_median,
        cast(sum(
            case
                when
                    deals.opportunity_at < months.next_period_start
                    and (deals.closed_at is null or deals.closed_at >= months.next_period_start)
                    then 1
                else 0
            end
        ) as {{ dbt.type_bigint() }}) as open_deals_at_end,
        sum(
            case
                when
                    deals.opportunity_at < months.next_period_start
                    and (deals.closed_at is null or deals.closed_at >= months.next_period_start)
                    then deals.amount
                else 0
            end
        ) as open_pipeline_amount
    from {{ months }} as months
    cross join {{ deals }} as deals
    group by months.period_start, deals.{{ dimension }}
{%- endmacro %}
