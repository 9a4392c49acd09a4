{% macro scorecard_number() -%}
    {#- One numeric type for every scorecard value: fixed scale, like ratio(), so values and their
        recomputations agree on DuckDB, Postgres and Spark. -#}
    {{ api.Column.translate_type('decimal(38,10)') }}
{%- endmacro %}


{% macro kpi_whole_company(kpi_rows) -%}
    {#- The whole-company ('all') rows of the long-form KPI rows in the CTE `kpi_rows` (kpi_name,
        period_grain, period_start, channel, kpi_value, numerator, denominator; one row per channel
        or per mart row), one per KPI and period, by the KPI's rollup in the registry (a `registry`
        CTE must be in scope): sum and last (a stock) are summed, ratio is recomputed from the summed
        numerator and denominator, none (not additive) has no whole-company row. A total over rows of
        which one lacks the measure is NULL (complete_sum), never a smaller number. -#}
    select
        {{ kpi_rows }}.kpi_name,
        {{ kpi_rows }}.period_grain,
        {{ kpi_rows }}.period_start,
        'all' as channel,
        cast(case
            when max(registry.rollup) = 'ratio'
                then {{ ratio(
                    complete_sum(kpi_rows ~ '.numerator'),
                    complete_sum(kpi_rows ~ '.denominator'),
                    'max(registry.multiplier)'
                ) }}
            else {{ complete_sum(kpi_rows ~ '.kpi_value') }}
        end as {{ scorecard_number() }}) as kpi_value,
        cast({{ complete_sum(kpi_rows ~ '.numerator') }} as {{ scorecard_number() }}) as numerator,
        cast({{ complete_sum(kpi_rows ~ '.denominator') }} as {{ scorecard_number() }}) as denominator
    from {{ kpi_rows }}
    inner join registry on {{ kpi_rows }}.kpi_name = registry.kpi_name
    where registry.rollup in ('sum', 'ratio', 'last')
    group by {{ kpi_rows }}.kpi_name, {{ kpi_rows }}.period_grain, {{ kpi_rows }}.period_start
{%- endmacro %}


{% macro kpi_long_row(kpi_name, relation, value, numerator=none, denominator=none, grain='month', channel=none, where=none) -%}
    {#- One KPI of a family mart as long-form rows (kpi_name, period_grain, period_start, channel,
        kpi_value, numerator, denominator), one per row of `relation` (optionally filtered by
        `where`): the value column and, for a ratio, the numerator and denominator columns the
        registry names. `channel` is the mart's channel column; without one the rows are the whole
        company ('all'). Used by the generated kpi_scorecard__<family> models. -#}
    select
        '{{ kpi_name }}' as kpi_name,
        '{{ grain }}' as period_grain,
        period_start,
        {% if channel is none %}'all'{% else %}{{ channel }}{% endif %} as channel,
        cast({{ value }} as {{ scorecard_number() }}) as kpi_value,
        cast({{ numerator if numerator else 'null' }} as {{ scorecard_number() }}) as numerator,
        cast({{ denominator if denominator else 'null' }} as {{ scorecard_number() }}) as denominator
    from {{ relation }}
    {%- if where %}
    where {{ where }}
    {%- endif %}
{%- endmacro %}
