-- Every raw row of the brand-awareness survey counts, parsed, with its exclusion rule.
with source as (
    select * from {{ source('surveys', 'brand_awareness') }}
),

parsed as (
    select
        -- lineage
        filename as _source_file,
        {{ loaded_at(source('surveys', 'brand_awareness')) }} as _loaded_at,
        {{ raw_values(source('surveys', 'brand_awareness')) }} as _raw_values,
        -- dates
        {{ parse_date('quarter_start', ['%Y-%m-%d']) }} as quarter_start,
        -- measures
        {{ parse_integer('respondents') }} as respondents,
        {{ parse_integer('aided_aware') }} as aided_aware,
        {{ parse_integer('unaided_aware') }} as unaided_aware,
        false as _is_layout_row
    from source
),

classified as (
    {{ classify_rows(
        'parsed',
        required=['quarter_start', 'respondents', 'aided_aware', 'unaided_aware'],
        checks=[
            ['parsed.aided_aware > parsed.respondents', 'aided aware above respondents'],
            ['parsed.unaided_aware > parsed.aided_aware', 'unaided aware above aided aware']
        ]
    ) }}
)

select * from classified
