-- Every landed row of the linkedin_ads campaign_report exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- converts money to the reporting currency and adds the FX rule.

    with landed as (
        select * from read_parquet('/tmp/wt35/warehouse/landing/linkedin_ads/campaign_report/*.parquet', union_by_name=true) as landed_rows
    ),

    final as (
        select
            landed._source_file,
            landed._source_line,
            landed._loaded_at,
            landed._exported_at,
            landed.campaign_name,
            landed.impressions,
            landed.spend_amount_local,
            landed.ad_date,
            landed.ad_date_end,
            landed.campaign_id,
            landed.ad_group_id,
            landed.ad_group_name,
            landed.ad_id,
            landed.ad_name,
            landed.account_name,
            landed.currency_raw,
            landed.clicks,
            landed.conversions,
            landed.ctr_reported,
            landed.platform,
            landed.account_name_resolved,
            landed.currency,
            landed.campaign_key,
            landed.ad_group_key,
            landed.period_start,
            landed.period_end,
            landed._is_layout_row,
            landed._raw_values,
            landed._row_hash,
            landed._segment,
            cast(landed.spend_amount_local * fx.rate_to_reporting as decimal(38,6)) as spend_amount,
            case
                when landed._reject_reason is not null then landed._reject_reason
                when not landed._is_layout_row and fx.rate_to_reporting is null
                    then 'no FX rate for this currency and month'
            end as _reject_reason
        from landed
        left join (
        select
            cast(null as date) as rate_month,
            'USD' as currency_code,
            cast(1 as double precision) as rate_to_reporting,
            true as is_reporting_currency
        union all
        select
            local_rate.rate_month,
            local_rate.currency_code,
            cast(reporting_rate.units_per_usd as double precision)
            / cast(local_rate.units_per_usd as double precision) as rate_to_reporting,
            false as is_reporting_currency
        from "off"."main"."fx_rates" as local_rate
        inner join "off"."main"."fx_rates" as reporting_rate
            on
                local_rate.rate_month = reporting_rate.rate_month
                and reporting_rate.currency_code = 'USD'
        where local_rate.currency_code <> 'USD'
    ) as fx
        on
            fx.currency_code = upper(landed.currency)
            and (
                fx.is_reporting_currency
                or fx.rate_month = cast(date_trunc('month', landed.period_start) as date)
            )
    )

    select * from final