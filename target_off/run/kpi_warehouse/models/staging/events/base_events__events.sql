
    

    create  table
      "off"."main"."base_events__events"
  
    
    as (
      -- Every landed row of the events events exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- converts money to the reporting currency and adds the FX rule.

    with landed as (
        select * from read_parquet('/tmp/wt35/warehouse/landing/events/events/*.parquet', union_by_name=true) as landed_rows
    ),

    final as (
        select
            landed._source_file,
            landed._source_line,
            landed._loaded_at,
            landed._exported_at,
            landed.event_id,
            landed.event_date,
            landed.event_type,
            landed.attendees,
            landed.target_attendees,
            landed.cost_amount_local,
            landed.event_name,
            landed.country_code,
            landed.registrants,
            landed.currency_raw,
            landed.currency,
            landed._is_layout_row,
            landed._raw_values,
            landed._row_hash,
            landed._segment,
            cast(landed.cost_amount_local * fx.rate_to_reporting as decimal(38,6)) as cost_amount,
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
                or fx.rate_month = cast(date_trunc('month', landed.event_date) as date)
            )
    )

    select * from final
    );
    
  
  