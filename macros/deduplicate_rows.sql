{% macro deduplicate_rows(relation, partition_by, order_by) -%}
    {#- Keeps one row per natural key: the first by order_by (newest export file first). -#}
    select *
    from (
        select
            *,
            row_number() over (partition by {{ partition_by }} order by {{ order_by }}) as _dedupe_rank
        from {{ relation }}
    ) as ranked
    where _dedupe_rank = 1
{%- endmacro %}
