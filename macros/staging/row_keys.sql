{% macro deduplicate_rows(relation, partition_by, order_by) -%}
    {#- Keeps one row per natural key: the first by order_by (newest export file first), and of a
        key twice in one file the row of its first line (the landed rows are in no set order). -#}
    select *
    from (
        select
            *,
            row_number() over (partition by {{ partition_by }} order by {{ order_by }}, _source_line) as _dedupe_rank
        from {{ relation }}
    ) as ranked
    where _dedupe_rank = 1
{%- endmacro %}


{% macro surrogate_key(columns) -%}
    {#- A readable key: the columns cast to text and joined by '|' (portable through dbt.concat). -#}
    {%- set parts = [] %}
    {%- for col in columns %}
        {%- do parts.append(dbt.cast(col, dbt.type_string())) %}
        {%- if not loop.last %}{% do parts.append("'|'") %}{% endif %}
    {%- endfor %}
    {{- dbt.concat(parts) }}
{%- endmacro %}


{% macro hash_pii(col) -%}
    {#- one-way hash of a normalised e-mail or name; the clear value never leaves staging -#}
    {{ dbt.hash("lower(trim(" ~ col ~ "))") }}
{%- endmacro %}
