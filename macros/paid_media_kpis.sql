{% macro paid_media_kpis() -%}
    {#- The paid-media KPI columns, the same at day and month grain (catalog section 3). Expects
        impressions, clicks, spend_amount, conversions, crm_leads, attributed_revenue_amount.
        net_return_amount (attributed revenue − spend) is campaign_roi's numerator. -#}
    attributed_revenue_amount - spend_amount as net_return_amount,
    {{ ratio('clicks', 'impressions') }} as ctr,
    {{ ratio('spend_amount', 'clicks') }} as cpc,
    {{ ratio('spend_amount', 'impressions', 1000) }} as cpm,
    {{ ratio('conversions', 'clicks') }} as conversion_rate,
    {{ ratio('spend_amount', 'crm_leads') }} as paid_cost_per_lead,
    {{ ratio('attributed_revenue_amount', 'spend_amount') }} as roas,
    {{ roi('attributed_revenue_amount', 'spend_amount') }} as campaign_roi
{%- endmacro %}


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
