{% macro hubspot_lifecycle_stage(col) -%}
    {#- HubSpot writes lifecycle stage LABELS by default and internal values on request; both map
        to the internal value. Business rule: this is the only place lifecycle stages are named. -#}
    case lower(replace(trim({{ col }}), ' ', ''))
        when 'subscriber' then 'subscriber'
        when 'lead' then 'lead'
        -- "Marketing Qualified Lead" / marketingqualifiedlead
        when 'marketingqualifiedlead' then 'marketingqualifiedlead'
        -- "Sales Qualified Lead" / salesqualifiedlead
        when 'salesqualifiedlead' then 'salesqualifiedlead'
        when 'opportunity' then 'opportunity'
        when 'customer' then 'customer'
        when 'evangelist' then 'evangelist'
        when 'other' then 'other'
    end
{%- endmacro %}
