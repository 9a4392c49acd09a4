-- Revenue and pipeline credited to each channel and campaign under every attribution model, per
-- month of the conversion (won date for revenue, opportunity created date for pipeline). For a
-- month and model, the channels' credited revenue adds up to the revenue won that month and their
-- credited pipeline to the pipeline created (tests); deals without touches are channel 'unattributed'.
with credits as (
    select * from "off"."main"."int_attribution__credits"
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
        cast(
        sum(
            case
                when conversion_type = 'revenue'
                    then cast(credited_amount as decimal(38,10))
                else 0
            end
        )
        as decimal(38,6)
    ) as attributed_revenue_amount,
        cast(
        sum(
            case
                when conversion_type = 'revenue'
                    then cast(credit_share as decimal(38,10))
                else 0
            end
        )
        as decimal(38,6)
    ) as attributed_won_deals,
        cast(
        sum(
            case
                when conversion_type = 'pipeline'
                    then cast(credited_amount as decimal(38,10))
                else 0
            end
        )
        as decimal(38,6)
    ) as attributed_pipeline_amount,
        cast(
        sum(
            case
                when conversion_type = 'pipeline'
                    then cast(credit_share as decimal(38,10))
                else 0
            end
        )
        as decimal(38,6)
    ) as attributed_opportunities,
        cast(count(touch_id) as bigint) as credited_touches
    from credits
    group by conversion_month, attribution_model, channel, campaign_name
)

select * from final