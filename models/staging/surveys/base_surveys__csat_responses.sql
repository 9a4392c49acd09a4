-- Every raw row of the Typeform CSAT exports, parsed, with its exclusion rule.
-- The score column's header is the question text; it is found by the pattern '%satisf%'.
{%- set question = columns_matching(source('surveys', 'csat_responses'), '%satisf%') %}
{%- if execute and question | length != 1 %}
    {{ exceptions.raise_compiler_error("surveys/csat_responses: expected one question column matching '%satisf%', found " ~ question) }}
{%- endif %}

{%- set ts_formats = ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%m/%d/%Y %I:%M:%S %p'] %}

with source as (
    select * from {{ source('surveys', 'csat_responses') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('surveys', 'csat_responses')) }} as _loaded_at,
        {{ raw_values(source('surveys', 'csat_responses')) }} as _raw_values,
        -- ids
        {{ null_token('"#"') }} as response_id,
        {{ null_token('"customer_id"') }} as customer_id,
        -- dimensions
        lower({{ null_token('"Response Type"') }}) as response_type,
        -- measures
        {{ parse_integer('"' ~ (question[0] if question else 'missing') ~ '"') }} as score,
        -- dates
        {{ parse_timestamp('"Submit Date (UTC)"', ts_formats) }} as submitted_at,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows(
        'parsed',
        required=['response_id', 'score', 'submitted_at'],
        checks=[
            ['parsed.score not between 1 and 5', 'score outside 1-5'],
            ["coalesce(parsed.response_type, 'completed') <> 'completed'", 'partial response']
        ],
        not_in_future=['submitted_at']
    ) }}
)

select * from classified
