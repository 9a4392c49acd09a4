{% macro spread_evenly(measure, unit, day_index='day_index', days='days_in_period') -%}
    {#- The share of day `day_index` (0 = first) when `measure` is spread evenly over `days` days,
        in whole units of 1/unit (unit 1: counts; 1000000: money and fractional conversions); the
        remainder goes one unit at a time to the first days, so the shares add up exactly to the
        measure. NULL stays NULL. -#}
    {%- set units = 'cast(round(' ~ measure ~ ' * ' ~ unit ~ ') as bigint)' -%}
    {%- set share = '(floor(' ~ units ~ ' / ' ~ days ~ ') + case when ' ~ day_index ~ ' < ' ~ units
        ~ ' - floor(' ~ units ~ ' / ' ~ days ~ ') * ' ~ days ~ ' then 1 else 0 end)' -%}
    {%- if unit == 1 -%}
        cast({{ share }} as bigint)
    {%- else -%}
        cast({{ share }} / {{ unit }}.0 as {{ api.Column.translate_type('decimal(38,6)') }})
    {%- endif -%}
{%- endmacro %}
