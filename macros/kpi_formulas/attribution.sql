{% macro credited_total(conversion_type, column, type='decimal(38,6)') -%}
    {#- The total of column over the attribution credits of one conversion type ('revenue' or
        'pipeline'): an attribution mart's measure, cast to a fixed-scale type. -#}
    cast(
        sum(case when conversion_type = '{{ conversion_type }}' then {{ column }} else 0 end)
        as {{ api.Column.translate_type(type) }}
    )
{%- endmacro %}
