{% macro credited_total(conversion_type, column, type=none) -%}
    {#- The total of column over the attribution credits of one conversion type ('revenue' or
        'pipeline'): an attribution mart's measure, cast to a fixed-scale type. The values are summed
        as decimal(38,10), exactly and in any order, so every engine rounds the same total the same
        way (a sum of doubles differs in its last bits per engine, and a half-way case then rounds
        differently). -#}
    cast(
        sum(
            case
                when conversion_type = '{{ conversion_type }}'
                    then cast({{ column }} as {{ api.Column.translate_type('decimal(38,10)') }})
                else 0
            end
        )
        as {{ api.Column.translate_type(type or 'decimal(38,6)') }}
    )
{%- endmacro %}
