-- Revenue and pipeline credited to each channel and campaign under every attribution model, per
-- month of the conversion (won date for revenue, opportunity created date for pipeline). For a
-- month and model, the channels' credited revenue adds up to the revenue won that month and their
-- credited pipeline to the pipeline created (tests); deals without touches are channel 'unattributed'.
with credits as (
    select * from {{ ref('int_attribution__credits') }}
),

final as (
    select
        -- grain
        conversion_month as period_start,
        'month' as period_grain,
        attribution_model,
        channel,
        campaign_name,
        -- measures
        {{ credited_total('revenue', 'credited_amount') }} as attributed_revenue_amount,
        {{ credited_total('revenue', 'credit_share') }} as attributed_won_deals,
        {{ credited_total('pipeline', 'credited_amount') }} as attributed_pipeline_amount,
        {{ credited_total('pipeline', 'credit_share') }} as attributed_opportunities,
        cast(count(touch_id) as {{ dbt.type_bigint() }}) as credited_touches
    from credits
    group by conversion_month, attribution_model, channel, campaign_name
)

select * from final
