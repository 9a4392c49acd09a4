-- The KPI scorecard (catalog section 8): one long table, one row per KPI × period grain (month,
-- fiscal quarter) × period × channel ('all' = the whole company). Each family's KPIs come in long
-- form from its kpi_scorecard__<family> model (generated from the KPI registry,
-- seeds/definitions/kpi_registry.csv): the mart's values per channel and the whole company. Here the
-- months become fiscal quarters by each KPI's rollup rule (registry, as data): additive ('sum'), a
-- ratio recomputed from its summed parts ('ratio'), a stock taken at the quarter's last month
-- ('last'); not additive ('none') and quarterly ('quarter') KPIs keep their native rows only.
-- Beside the value: the previous period and the change, the same period last year, the target
-- (kpi_targets seed; NULL when none), whether it is met given the KPI's direction, the SMART goal's
-- pace when the target is a goal (start, deadline, baseline), the benchmark (kpi_benchmarks seed)
-- and the KPI's metadata from the registry.
with  __dbt__cte__kpi_scorecard__lead_generation as (

-- Fixture for kpi_scorecard__lead_generation
select 
    
    cast('cost_per_lead' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(74 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('cost_per_lead' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-03-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(64 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
),  __dbt__cte__kpi_scorecard__engagement as (

-- Fixture for kpi_scorecard__engagement
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2024-12-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(10000 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(10200 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-02-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(10500 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-03-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(11000 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-04-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(11200 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-05-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(11800 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-06-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(12100 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", 
    
    cast('2025-07-01' as DATE)
 as "period_start", 
    
    cast('all' as character varying)
 as "channel", 
    
    cast(12300 as DECIMAL(38,10))
 as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
),  __dbt__cte__kpi_scorecard__paid_media as (

-- Fixture for kpi_scorecard__paid_media
select cast(null as character varying(256)) as "kpi_name", cast(null as character varying(256)) as "period_grain", cast(null as DATE) as "period_start", cast(null as character varying(256)) as "channel", cast(null as DECIMAL(38,10)) as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
    limit 0
),  __dbt__cte__kpi_scorecard__sales_funnel as (

-- Fixture for kpi_scorecard__sales_funnel
select cast(null as character varying(256)) as "kpi_name", cast(null as character varying(256)) as "period_grain", cast(null as DATE) as "period_start", cast(null as character varying(256)) as "channel", cast(null as DECIMAL(38,10)) as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
    limit 0
),  __dbt__cte__kpi_scorecard__revenue as (

-- Fixture for kpi_scorecard__revenue
select cast(null as character varying(256)) as "kpi_name", cast(null as character varying(256)) as "period_grain", cast(null as DATE) as "period_start", cast(null as character varying(256)) as "channel", cast(null as DECIMAL(38,10)) as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
    limit 0
),  __dbt__cte__kpi_scorecard__retention as (

-- Fixture for kpi_scorecard__retention
select cast(null as character varying(256)) as "kpi_name", cast(null as character varying(256)) as "period_grain", cast(null as DATE) as "period_start", cast(null as character varying(256)) as "channel", cast(null as DECIMAL(38,10)) as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
    limit 0
),  __dbt__cte__kpi_scorecard__brand_market as (

-- Fixture for kpi_scorecard__brand_market
select cast(null as character varying(256)) as "kpi_name", cast(null as character varying(256)) as "period_grain", cast(null as DATE) as "period_start", cast(null as character varying(256)) as "channel", cast(null as DECIMAL(38,10)) as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
    limit 0
),  __dbt__cte__kpi_registry as (

-- Fixture for kpi_registry
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('engagement' as character varying)
 as "family", cast(null as character varying(256)) as "family_label", cast(null as character varying(256)) as "title", cast(null as character varying(256)) as "mart", cast(null as character varying(256)) as "value_column", 
    
    cast('none' as character varying)
 as "rollup", cast(null as character varying(256)) as "numerator", cast(null as character varying(256)) as "denominator", 
    
    cast(1 as INTEGER)
 as "multiplier", cast(null as character varying(256)) as "formula", cast(null as character varying(256)) as "unit", 
    
    cast('up' as character varying)
 as "direction", cast(null as character varying(256)) as "timing", cast(null as character varying(256)) as "kind", cast(null as character varying(256)) as "source_article", cast(null as character varying(256)) as "kpi_group", cast(null as character varying(256)) as "name_zh_hant", cast(null as character varying(256)) as "name_zh_hans", cast(null as character varying(256)) as "name_ru", cast(null as character varying(256)) as "name_vi"
union all
select 
    
    cast('cost_per_lead' as character varying)
 as "kpi_name", 
    
    cast('lead_generation' as character varying)
 as "family", cast(null as character varying(256)) as "family_label", cast(null as character varying(256)) as "title", cast(null as character varying(256)) as "mart", cast(null as character varying(256)) as "value_column", 
    
    cast('none' as character varying)
 as "rollup", cast(null as character varying(256)) as "numerator", cast(null as character varying(256)) as "denominator", 
    
    cast(1 as INTEGER)
 as "multiplier", cast(null as character varying(256)) as "formula", cast(null as character varying(256)) as "unit", 
    
    cast('down' as character varying)
 as "direction", cast(null as character varying(256)) as "timing", cast(null as character varying(256)) as "kind", cast(null as character varying(256)) as "source_article", cast(null as character varying(256)) as "kpi_group", cast(null as character varying(256)) as "name_zh_hant", cast(null as character varying(256)) as "name_zh_hans", cast(null as character varying(256)) as "name_ru", cast(null as character varying(256)) as "name_vi"
),  __dbt__cte__kpi_targets as (

-- Fixture for kpi_targets
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", cast(null as DATE) as "period_start", cast(null as character varying(256)) as "channel", 
    
    cast(9999 as DECIMAL(38,10))
 as "target_value", cast(null as DATE) as "goal_start", cast(null as DATE) as "goal_deadline", cast(null as DECIMAL(38,10)) as "baseline_value"
union all
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", cast(null as DATE) as "period_start", cast(null as character varying(256)) as "channel", 
    
    cast(12000 as DECIMAL(38,10))
 as "target_value", 
    
    cast('2025-01-01' as DATE)
 as "goal_start", 
    
    cast('2025-06-01' as DATE)
 as "goal_deadline", 
    
    cast(10000 as DECIMAL(38,10))
 as "baseline_value"
union all
select 
    
    cast('cost_per_lead' as character varying)
 as "kpi_name", 
    
    cast('month' as character varying)
 as "period_grain", cast(null as DATE) as "period_start", cast(null as character varying(256)) as "channel", 
    
    cast(60 as DECIMAL(38,10))
 as "target_value", 
    
    cast('2025-01-01' as DATE)
 as "goal_start", 
    
    cast('2025-04-01' as DATE)
 as "goal_deadline", 
    
    cast(80 as DECIMAL(38,10))
 as "baseline_value"
),  __dbt__cte__kpi_benchmarks as (

-- Fixture for kpi_benchmarks
select cast(null as character varying(256)) as "kpi_name", cast(null as DECIMAL(38,10)) as "benchmark_value", cast(null as character varying(256)) as "segment", cast(null as character varying(256)) as "source_article", cast(null as character varying(256)) as "note"
    limit 0
), lead_generation as (
    select * from __dbt__cte__kpi_scorecard__lead_generation
),

engagement as (
    select * from __dbt__cte__kpi_scorecard__engagement
),

paid_media as (
    select * from __dbt__cte__kpi_scorecard__paid_media
),

sales_funnel as (
    select * from __dbt__cte__kpi_scorecard__sales_funnel
),

revenue as (
    select * from __dbt__cte__kpi_scorecard__revenue
),

retention as (
    select * from __dbt__cte__kpi_scorecard__retention
),

brand_market as (
    select * from __dbt__cte__kpi_scorecard__brand_market
),

registry as (
    select * from __dbt__cte__kpi_registry
),

targets as (
    select * from __dbt__cte__kpi_targets
),

benchmarks as (
    select * from __dbt__cte__kpi_benchmarks
),

native_rows as (
    select * from lead_generation
    union all
    select * from engagement
    union all
    select * from paid_media
    union all
    select * from sales_funnel
    union all
    select * from revenue
    union all
    select * from retention
    union all
    select * from brand_market
),

monthly as (
    select
        native_rows.*,
        registry.rollup,
        registry.multiplier,
        cast(

    (date_trunc('month', native_rows.period_start) + cast(-1 * ((extract(month from native_rows.period_start) - 11 + 12) % 3) as bigint) * interval 1 month) as date) as quarter_start
    from native_rows
    inner join registry on native_rows.kpi_name = registry.kpi_name
    where native_rows.period_grain = 'month'
),

-- fiscal quarters from the months: ratios from summed parts, sums summed, stocks at the last month
quarter_parts as (
    select
        kpi_name,
        channel,
        quarter_start,
        rollup,
        multiplier,
        period_start,
        kpi_value,
        numerator,
        denominator,
        row_number() over (partition by kpi_name, channel, quarter_start order by period_start desc) as month_from_end
    from monthly
    where rollup in ('ratio', 'sum', 'last')
),

quarterly as (
    select
        kpi_name,
        'quarter' as period_grain,
        quarter_start as period_start,
        channel,
        case
            when max(rollup) = 'ratio'
                then case
        when sum(denominator) is null or sum(denominator) = 0 or sum(numerator) is null then null
        else cast(cast(sum(numerator) as decimal(38,10)) * max(multiplier) / cast(sum(denominator) as decimal(38,10)) as decimal(38,10))
    end
            when max(rollup) = 'sum' then sum(kpi_value)
            else max(case when month_from_end = 1 then kpi_value end)
        end as kpi_value,
        sum(numerator) as numerator,
        sum(denominator) as denominator,
        count(*) as months_covered
    from quarter_parts
    group by kpi_name, channel, quarter_start
),

all_rows as (
    select
        kpi_name,
        period_grain,
        period_start,
        channel,
        kpi_value,
        numerator,
        denominator,
        case when period_grain = 'month' then 1 else 3 end as months_covered
    from native_rows
    union all
    select
        kpi_name,
        period_grain,
        period_start,
        channel,
        cast(kpi_value as decimal(38,10)) as kpi_value,
        numerator,
        denominator,
        months_covered
    from quarterly
),

compared as (
    select
        current_period.*,
        previous_period.kpi_value as previous_value,
        last_year.kpi_value as last_year_value
    from all_rows as current_period
    left join all_rows as previous_period
        on
            current_period.kpi_name = previous_period.kpi_name
            and current_period.period_grain = previous_period.period_grain
            and current_period.channel = previous_period.channel
            and cast(

    (current_period.period_start + cast(case when current_period.period_grain = 'month' then -1 else -3 end as bigint) * interval 1 month) as date) = previous_period.period_start
    left join all_rows as last_year
        on
            current_period.kpi_name = last_year.kpi_name
            and current_period.period_grain = last_year.period_grain
            and current_period.channel = last_year.channel
            and cast(

    (current_period.period_start + cast(-12 as bigint) * interval 1 month) as date) = last_year.period_start
),

-- the most specific target: a dated one, then a SMART goal whose window (goal_start to
-- goal_deadline) holds the period, then an every-period one
ranked_targets as (
    select
        compared.kpi_name,
        compared.period_grain,
        compared.period_start,
        compared.channel,
        targets.target_value,
        targets.goal_start,
        targets.goal_deadline,
        targets.baseline_value,
        row_number() over (
            partition by compared.kpi_name, compared.period_grain, compared.period_start, compared.channel
            order by
                case
                    when targets.period_start is not null then 0
                    when targets.goal_start is not null then 1
                    else 2
                end,
                targets.goal_start
        ) as target_rank
    from compared
    inner join targets
        on
            compared.kpi_name = targets.kpi_name
            and compared.period_grain = targets.period_grain
            and compared.channel = coalesce(targets.channel, 'all')
            and (
                compared.period_start = targets.period_start
                or (
                    targets.period_start is null
                    and (
                        targets.goal_start is null
                        or compared.period_start between targets.goal_start and targets.goal_deadline
                    )
                )
            )
),

-- a goal's periods: how many it spans (goal_start to goal_deadline, both included) and how many
-- have passed at this row's period (1 in its first period)
goal_periods as (
    select
        *,
        cast(
            
        (date_diff('month', goal_start::timestamp, goal_deadline::timestamp ))
    
            / case when period_grain = 'month' then 1 else 3 end as integer
        ) + 1 as goal_periods_total,
        cast(
            
        (date_diff('month', goal_start::timestamp, period_start::timestamp ))
    
            / case when period_grain = 'month' then 1 else 3 end as integer
        ) + 1 as goal_periods_elapsed
    from ranked_targets
    where target_rank = 1
),

first_benchmarks as (
    select
        kpi_name,
        benchmark_value,
        segment as benchmark_segment,
        source_article as benchmark_source_article,
        row_number() over (partition by kpi_name order by segment) as benchmark_rank
    from benchmarks
),

final as (
    select
        -- grain
        compared.kpi_name,
        compared.period_grain,
        compared.period_start,
        compared.channel,
        -- value and comparisons
        compared.kpi_value,
        compared.numerator,
        compared.denominator,
        compared.months_covered,
        compared.previous_value,
        compared.kpi_value - compared.previous_value as change_abs,
        case
        when abs(compared.previous_value) is null or abs(compared.previous_value) = 0 or compared.kpi_value - compared.previous_value is null then null
        else cast(cast(compared.kpi_value - compared.previous_value as decimal(38,10)) * 1 / cast(abs(compared.previous_value) as decimal(38,10)) as decimal(38,10))
    end as change_rate,
        compared.last_year_value,
        case
        when abs(compared.last_year_value) is null or abs(compared.last_year_value) = 0 or compared.kpi_value - compared.last_year_value is null then null
        else cast(cast(compared.kpi_value - compared.last_year_value as decimal(38,10)) * 1 / cast(abs(compared.last_year_value) as decimal(38,10)) as decimal(38,10))
    end as yoy_change_rate,
        -- target and benchmark
        goal_periods.target_value,
        case
            when compared.kpi_value is null or goal_periods.target_value is null then null
            when registry.direction = 'up' then compared.kpi_value >= goal_periods.target_value
            else compared.kpi_value <= goal_periods.target_value
        end as is_target_met,
        -- SMART goal (a target with goal_start, goal_deadline and baseline_value): the share of
        -- the way from baseline to target, the change per period planned (baseline to target over
        -- the goal's periods), achieved (since the baseline) and still required (to the deadline),
        -- and whether the value is at or ahead of the straight line from baseline to target; a
        -- "down" KPI is paced the other way (its paces are negative)
        goal_periods.goal_start,
        goal_periods.goal_deadline,
        goal_periods.baseline_value,
        goal_periods.goal_periods_total,
        goal_periods.goal_periods_elapsed,
        case
        when goal_periods.target_value - goal_periods.baseline_value is null or goal_periods.target_value - goal_periods.baseline_value = 0 or compared.kpi_value - goal_periods.baseline_value is null then null
        else cast(cast(compared.kpi_value - goal_periods.baseline_value as decimal(38,10)) * 1 / cast(goal_periods.target_value - goal_periods.baseline_value as decimal(38,10)) as decimal(38,10))
    end as goal_progress,
        case
        when goal_periods.goal_periods_total is null or goal_periods.goal_periods_total = 0 or goal_periods.target_value - goal_periods.baseline_value is null then null
        else cast(cast(goal_periods.target_value - goal_periods.baseline_value as decimal(38,10)) * 1 / cast(goal_periods.goal_periods_total as decimal(38,10)) as decimal(38,10))
    end as goal_planned_pace,
        case
        when goal_periods.goal_periods_elapsed is null or goal_periods.goal_periods_elapsed = 0 or compared.kpi_value - goal_periods.baseline_value is null then null
        else cast(cast(compared.kpi_value - goal_periods.baseline_value as decimal(38,10)) * 1 / cast(goal_periods.goal_periods_elapsed as decimal(38,10)) as decimal(38,10))
    end as goal_achieved_pace,
        case
        when goal_periods.goal_periods_total - goal_periods.goal_periods_elapsed is null or goal_periods.goal_periods_total - goal_periods.goal_periods_elapsed = 0 or goal_periods.target_value - compared.kpi_value is null then null
        else cast(cast(goal_periods.target_value - compared.kpi_value as decimal(38,10)) * 1 / cast(goal_periods.goal_periods_total - goal_periods.goal_periods_elapsed as decimal(38,10)) as decimal(38,10))
    end as goal_required_pace,
        -- at or ahead of the straight line, compared without dividing (no rounding):
        -- (value - baseline) / elapsed >= (target - baseline) / total, reversed for "down"
        case
            when compared.kpi_value is null or goal_periods.goal_start is null then null
            when registry.direction = 'up'
                then
                    (compared.kpi_value - goal_periods.baseline_value) * goal_periods.goal_periods_total
                    >= (goal_periods.target_value - goal_periods.baseline_value) * goal_periods.goal_periods_elapsed
            else
                (compared.kpi_value - goal_periods.baseline_value) * goal_periods.goal_periods_total
                <= (goal_periods.target_value - goal_periods.baseline_value) * goal_periods.goal_periods_elapsed
        end as is_goal_on_track,
        first_benchmarks.benchmark_value,
        first_benchmarks.benchmark_segment,
        -- KPI metadata (from the registry)
        registry.family,
        registry.family_label,
        registry.title,
        registry.formula,
        registry.unit,
        registry.direction,
        registry.timing,
        registry.kind,
        registry.source_article,
        registry.mart,
        registry.value_column
    from compared
    inner join registry on compared.kpi_name = registry.kpi_name
    left join goal_periods
        on
            compared.kpi_name = goal_periods.kpi_name
            and compared.period_grain = goal_periods.period_grain
            and compared.period_start = goal_periods.period_start
            and compared.channel = goal_periods.channel
    left join first_benchmarks
        on compared.kpi_name = first_benchmarks.kpi_name and first_benchmarks.benchmark_rank = 1
)

select * from final