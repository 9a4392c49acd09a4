-- Attribution rolled up to the account (the company of the deal's contact): revenue and pipeline
-- credited to each channel per month, account and model. An account's rows add up, per model, to
-- the revenue won from it and the pipeline it opened.
with credits as (
    select * from "off"."main"."int_attribution__credits"
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
                when conversion_type = 'pipeline'
                    then cast(credited_amount as decimal(38,10))
                else 0
            end
        )
        as decimal(38,6)
    ) as attributed_pipeline_amount,
        cast(count(distinct deal_id) as bigint) as deals
    from credits
    group by conversion_month, account_name, attribution_model, channel
)

select * from final