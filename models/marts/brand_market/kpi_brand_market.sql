-- Brand & market KPIs per fiscal quarter (catalog section 7): awareness from the quarterly brand
-- survey (aided, unaided), social mentions and branded search volume summed over the quarter's
-- months, and market share = the company's invoiced revenue in the quarter ÷ total market revenue
-- (all regions in the market-size export) with its growth against the previous quarter.
with awareness as (
    select * from {{ ref('stg_surveys__brand_awareness') }}
),

signals as (
    select * from {{ ref('stg_market__brand_signals') }}
),

market_size as (
    select * from {{ ref('stg_market__market_size') }}
),

revenue as (
    select * from {{ ref('int_revenue__monthly') }}
),

awareness_quarters as (
    select
        {{ fiscal_quarter_start('quarter_start') }} as period_start,
        cast(sum(respondents) as {{ dbt.type_bigint() }}) as survey_respondents,
        cast(sum(aided_aware) as {{ dbt.type_bigint() }}) as aided_aware_respondents,
        cast(sum(unaided_aware) as {{ dbt.type_bigint() }}) as unaided_aware_respondents
    from awareness
    group by {{ fiscal_quarter_start('quarter_start') }}
),

signal_quarters as (
    select
        {{ fiscal_quarter_start('signal_month') }} as period_start,
        cast(sum(social_mentions) as {{ dbt.type_bigint() }}) as social_mentions,
        cast(sum(branded_search_volume) as {{ dbt.type_bigint() }}) as branded_search_volume
    from signals
    group by {{ fiscal_quarter_start('signal_month') }}
),

market_quarters as (
    select
        {{ fiscal_quarter_start('quarter_start') }} as period_start,
        sum(total_market_revenue_amount) as total_market_revenue_amount
    from market_size
    group by {{ fiscal_quarter_start('quarter_start') }}
),

revenue_quarters as (
    select
        {{ fiscal_quarter_start('period_start') }} as period_start,
        sum(revenue_amount) as company_revenue_amount
    from revenue
    group by {{ fiscal_quarter_start('period_start') }}
),

keys as (
    select period_start from awareness_quarters
    union
    select period_start from signal_quarters
    union
    select period_start from market_quarters
    union
    select period_start from revenue_quarters
),

quarters as (
    select
        keys.period_start,
        coalesce(awareness_quarters.survey_respondents, 0) as survey_respondents,
        coalesce(awareness_quarters.aided_aware_respondents, 0) as aided_aware_respondents,
        coalesce(awareness_quarters.unaided_aware_respondents, 0) as unaided_aware_respondents,
        coalesce(signal_quarters.social_mentions, 0) as social_mentions,
        coalesce(signal_quarters.branded_search_volume, 0) as branded_search_volume,
        coalesce(revenue_quarters.company_revenue_amount, 0) as company_revenue_amount,
        market_quarters.total_market_revenue_amount,
        {{ ratio('coalesce(revenue_quarters.company_revenue_amount, 0)', 'market_quarters.total_market_revenue_amount') }}
            as market_share
    from keys
    left join awareness_quarters on keys.period_start = awareness_quarters.period_start
    left join signal_quarters on keys.period_start = signal_quarters.period_start
    left join market_quarters on keys.period_start = market_quarters.period_start
    left join revenue_quarters on keys.period_start = revenue_quarters.period_start
),

final as (
    select
        -- grain
        quarters.period_start,
        'quarter' as period_grain,
        -- awareness
        quarters.survey_respondents,
        quarters.aided_aware_respondents,
        quarters.unaided_aware_respondents,
        {{ ratio('quarters.aided_aware_respondents', 'quarters.survey_respondents') }} as aided_awareness_rate,
        {{ ratio('quarters.unaided_aware_respondents', 'quarters.survey_respondents') }} as unaided_awareness_rate,
        quarters.social_mentions,
        quarters.branded_search_volume,
        -- market share
        quarters.company_revenue_amount,
        quarters.total_market_revenue_amount,
        quarters.market_share,
        previous_quarters.company_revenue_amount as previous_company_revenue_amount,
        previous_quarters.total_market_revenue_amount as previous_total_market_revenue_amount,
        previous_quarters.market_share as previous_market_share,
        -- (share now - share before) / share before, from the unrounded revenues:
        -- (revenue × market before - revenue before × market) / (revenue before × market)
        {%- set share_change = 'quarters.company_revenue_amount * previous_quarters.total_market_revenue_amount'
            ~ ' - previous_quarters.company_revenue_amount * quarters.total_market_revenue_amount' %}
        {%- set share_base = 'previous_quarters.company_revenue_amount * quarters.total_market_revenue_amount' %}
        {{ share_change }} as share_change_cross_product,
        {{ share_base }} as share_base_cross_product,
        {{ ratio(share_change, share_base) }} as market_share_growth_rate
    from quarters
    left join quarters as previous_quarters
        on previous_quarters.period_start = cast({{ dbt.dateadd('month', -3, 'quarters.period_start') }} as date)
)

select * from final
