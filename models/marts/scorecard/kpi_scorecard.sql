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
{%- set families = scorecard_families() %}
with
{%- for family in families %}
    {{ family }} as (
        select * from {{ ref('kpi_scorecard__' ~ family) }}
    ),
{% endfor %}
registry as (
    select * from {{ ref('kpi_registry') }}
),

targets as (
    select * from {{ ref('kpi_targets') }}
),

benchmarks as (
    select * from {{ ref('kpi_benchmarks') }}
),

-- every family of the registry (macros/generated/scorecard_families.sql, written from it)
native_rows as (
    {%- for family in families %}
        select * from {{ family }}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
),

monthly as (
    select
        native_rows.*,
        registry.rollup,
        registry.multiplier,
        {{ fiscal_quarter_start('native_rows.period_start') }} as quarter_start
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
                then {{ ratio('sum(numerator)', 'sum(denominator)', 'max(multiplier)') }}
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
        cast(kpi_value as {{ scorecard_number() }}) as kpi_value,
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
            and cast({{ dbt.dateadd(
                'month', "case when current_period.period_grain = 'month' then -1 else -3 end",
                'current_period.period_start') }} as date) = previous_period.period_start
    left join all_rows as last_year
        on
            current_period.kpi_name = last_year.kpi_name
            and current_period.period_grain = last_year.period_grain
            and current_period.channel = last_year.channel
            and cast({{ dbt.dateadd('month', -12, 'current_period.period_start') }} as date) = last_year.period_start
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
            {{ dbt.datediff('goal_start', 'goal_deadline', 'month') }}
            / case when period_grain = 'month' then 1 else 3 end as integer
        ) + 1 as goal_periods_total,
        cast(
            {{ dbt.datediff('goal_start', 'period_start', 'month') }}
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
        {{ ratio('compared.kpi_value - compared.previous_value', 'abs(compared.previous_value)') }} as change_rate,
        compared.last_year_value,
        {{ ratio('compared.kpi_value - compared.last_year_value', 'abs(compared.last_year_value)') }} as yoy_change_rate,
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
        {{ ratio(
            'compared.kpi_value - goal_periods.baseline_value',
            'goal_periods.target_value - goal_periods.baseline_value'
        ) }} as goal_progress,
        {{ ratio(
            'goal_periods.target_value - goal_periods.baseline_value', 'goal_periods.goal_periods_total'
        ) }} as goal_planned_pace,
        {{ ratio(
            'compared.kpi_value - goal_periods.baseline_value', 'goal_periods.goal_periods_elapsed'
        ) }} as goal_achieved_pace,
        {{ ratio(
            'goal_periods.target_value - compared.kpi_value',
            'goal_periods.goal_periods_total - goal_periods.goal_periods_elapsed'
        ) }} as goal_required_pace,
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
