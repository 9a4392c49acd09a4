-- Attribution rolled up to the account (the company of the deal's contact): revenue and pipeline
-- credited to each channel per month, account and model. An account's rows add up, per model, to
-- the revenue won from it and the pipeline it opened.
with credits as (
    select * from {{ ref('int_attribution__credits') }}
),

final as (
    select
        -- grain
        conversion_month as period_start,
        'month' as period_grain,
        account_name,
        attribution_model,
        channel,
        -- measures
        {{ credited_total('revenue', 'credited_amount') }} as attributed_revenue_amount,
        {{ credited_total('pipeline', 'credited_amount') }} as attributed_pipeline_amount,
        cast(count(distinct deal_id) as {{ dbt.type_bigint() }}) as deals
    from credits
    group by conversion_month, account_name, attribution_model, channel
)

select * from final
