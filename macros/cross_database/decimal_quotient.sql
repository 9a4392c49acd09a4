{% macro decimal_quotient(numerator, denominator, multiplier=1) -%}
    {#- numerator * multiplier / denominator as decimal(38,10), the body of ratio(): both sides cast
        before dividing (no integer division on PostgreSQL). Dispatched because Spark cuts the scale
        of a decimal(38,10) quotient to 6 digits (1/3 = 0.333333). -#}
    {{ return(adapter.dispatch('decimal_quotient', 'kpi_warehouse')(numerator, denominator, multiplier)) }}
{%- endmacro %}


{% macro default__decimal_quotient(numerator, denominator, multiplier=1) -%}
    {#- DuckDB, PostgreSQL: decimal arithmetic, cast to decimal(38,10). -#}
    {%- set dec = api.Column.translate_type('decimal(38,10)') -%}
    cast(cast({{ numerator }} as {{ dec }}) * {{ multiplier }} / cast({{ denominator }} as {{ dec }}) as {{ dec }})
{%- endmacro %}


{% macro spark__decimal_quotient(numerator, denominator, multiplier=1) -%}
    {#- Spark: the quotient of doubles (15-16 significant digits), cast to decimal(38,10). -#}
    cast(cast({{ numerator }} as double) * {{ multiplier }} / cast({{ denominator }} as double) as decimal(38, 10))
{%- endmacro %}
