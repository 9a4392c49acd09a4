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


{% macro sum_newest_export(relation, keys, sums, firsts) -%}
    {#- One row per natural key of an additive table (ad reports, web traffic), the measures summed
        over the rows that make it up:
        - the newest export holding a key wins, with every row it has for the key (overlapping
          monthly downloads: the last one is the restated one);
        - within that export, rows identical in every exported column (_row_hash) are one row;
        - rows that differ in any other column (a segment such as Device or Age, a breakdown, a
          column the rule book does not know) are different rows of the key: summed, never dropped.
        keys: key columns; sums: measures summed; firsts: other columns (the same within a key:
        min is taken). The lineage is the export's and its first line. -#}
    {%- set key_list = keys | join(', ') %}
    select
        {%- for col in keys %}
        {{ col }},
        {%- endfor %}
        {%- for col in firsts %}
        min({{ col }}) as {{ col }},
        {%- endfor %}
        {%- for col in sums %}
        sum({{ col }}) as {{ col }},
        {%- endfor %}
        min(_source_file) as _source_file,
        min(_source_line) as _source_line,
        max(_loaded_at) as _loaded_at,
        count(*) as _rows_summed
    from (
        select
            *,
            row_number() over (partition by {{ key_list }}, _row_hash order by _source_line) as _copy_rank
        from (
            select
                *,
                max(_source_file) over (partition by {{ key_list }}) as _newest_file
            from {{ relation }}
        ) as with_newest
        where _source_file = _newest_file
    ) as newest_rows
    where _copy_rank = 1
    group by {{ key_list }}
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
