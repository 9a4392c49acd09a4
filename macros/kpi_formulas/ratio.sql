{% macro ratio(numerator, denominator, multiplier=1) -%}
    {#- The one way every rate and unit cost is computed: numerator / denominator * multiplier.
        NULL when the denominator is 0 or NULL or the numerator is NULL (never an error, never
        infinity, never 0). Both sides are cast before dividing (no integer division on Postgres)
        and the result is a fixed-scale decimal(38,10), so the same SQL and unit tests give the
        same value on DuckDB, Postgres and Spark. Contract pinned by tests/ratio_macro_contract.sql. -#}
    case
        when {{ denominator }} is null or {{ denominator }} = 0 or {{ numerator }} is null then null
        else {{ decimal_quotient(numerator, denominator, multiplier) }}
    end
{%- endmacro %}


{% macro roi(return_amount, investment_amount) -%}
    {#- Return on investment as a fraction: (return - investment) / investment, through ratio()
        (NULL when nothing was invested). Used by campaign_roi (paid media) and marketing_roi. -#}
    {{ ratio('(' ~ return_amount ~ ') - (' ~ investment_amount ~ ')', investment_amount) }}
{%- endmacro %}


{% macro complete_sum(expression) -%}
    {#- sum(expression) when no row has it NULL, else NULL: a total over rows of which some lack the
        measure (an ad platform whose export has no clicks column) is unknown, not a smaller number. -#}
    case when count({{ expression }}) = count(*) then sum({{ expression }}) end
{%- endmacro %}
