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
