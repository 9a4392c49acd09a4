-- ROAS and campaign ROI of every ad campaign and month under each attribution model, beside
-- today's first-touch figures (kpi_paid_media_monthly: the contact's UTM campaign). A touch counts
-- for an ad campaign as in int_campaign_attribution__daily: a paid touch (channel Paid Search or
-- Paid Social) whose campaign name is the campaign's name on the platform. Revenue is dated by
-- the won date, spend by the ad day.
{%- set models = ['first_touch', 'last_touch', 'linear', 'u_shaped', 'w_shaped', 'full_path', 'time_decay'] %}
with paid_media as (
    select * from {{ ref('int_paid_media__daily') }}
),

ad_campaigns as (
    select distinct
        ad_campaign_key,
        campaign_name
    from paid_media
),

campaign_labels as (
    select
        ad_campaign_key,
        max(platform) as platform,
        max(campaign_name) as campaign_name
    from paid_media
    group by ad_campaign_key
),

spend as (
    select
        cast({{ dbt.date_trunc('month', 'ad_date') }} as date) as period_start,
        ad_campaign_key,
        sum(spend_amount) as spend_amount,
        sum(attributed_revenue_amount) as utm_first_touch_revenue_amount
    from paid_media
    group by cast({{ dbt.date_trunc('month', 'ad_date') }} as date), ad_campaign_key
),

credited as (
    select
        credits.conversion_month as period_start,
        ad_campaigns.ad_campaign_key,
        {%- for model in models %}
            cast(
                sum(case when credits.attribution_model = '{{ model }}' then credits.credited_amount else 0 end)
                as {{ api.Column.translate_type('decimal(38,6)') }}
            ) as revenue_{{ model }}{% if not loop.last %},{% endif %}
        {%- endfor %}
    from {{ ref('int_attribution__credits') }} as credits
    inner join ad_campaigns on credits.campaign_name = ad_campaigns.campaign_name
    where
        credits.conversion_type = 'revenue'
        and {{ is_ad_campaign_channel('credits.channel') }}
    group by credits.conversion_month, ad_campaigns.ad_campaign_key
),

-- every month a campaign spent or was credited revenue (revenue can come after the spend stopped)
campaign_months as (
    select
        period_start,
        ad_campaign_key
    from spend
    union
    select
        period_start,
        ad_campaign_key
    from credited
),

final as (
    select
        -- grain
        campaign_months.period_start,
        'month' as period_grain,
        campaign_labels.platform,
        campaign_months.ad_campaign_key,
        campaign_labels.campaign_name,
        -- money
        coalesce(spend.spend_amount, 0) as spend_amount,
        coalesce(spend.utm_first_touch_revenue_amount, 0) as utm_first_touch_revenue_amount,
        {{ ratio('spend.utm_first_touch_revenue_amount', 'spend.spend_amount') }} as roas_utm_first_touch,
        {{ roi('spend.utm_first_touch_revenue_amount', 'spend.spend_amount') }} as campaign_roi_utm_first_touch,
        {%- for model in models %}
            cast(coalesce(credited.revenue_{{ model }}, 0) as {{ api.Column.translate_type('decimal(38,6)') }})
                as attributed_revenue_{{ model }},
            {{ ratio('coalesce(credited.revenue_' ~ model ~ ', 0)', 'spend.spend_amount') }} as roas_{{ model }},
            {{ roi('coalesce(credited.revenue_' ~ model ~ ', 0)', 'spend.spend_amount') }} as campaign_roi_{{ model }}
            {%- if not loop.last %},{% endif %}
        {%- endfor %}
    from campaign_months
    inner join campaign_labels on campaign_months.ad_campaign_key = campaign_labels.ad_campaign_key
    left join spend
        on
            campaign_months.period_start = spend.period_start
            and campaign_months.ad_campaign_key = spend.ad_campaign_key
    left join credited
        on
            campaign_months.period_start = credited.period_start
            and campaign_months.ad_campaign_key = credited.ad_campaign_key
)

select * from final
