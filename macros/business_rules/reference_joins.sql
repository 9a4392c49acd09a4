{% macro join_fx_rate(alias, currency_expr, date_expr) -%}
    {#- Joins the FX seed: rate_to_reporting converts an amount in currency_expr at the month of
        date_expr into var('reporting_currency'); an amount already in the reporting currency has
        rate 1 whether or not the seed covers the month. No rate (unknown currency, month outside
        the table) gives a NULL rate, which staging turns into a rejected row. The rate is a double
        on every target (DuckDB divides decimals as doubles; Spark would cut a decimal quotient to 6
        digits), so converted amounts agree to the last cent fraction across targets. -#}
    left join (
        select
            cast(null as date) as rate_month,
            '{{ var("reporting_currency") }}' as currency_code,
            cast(1 as {{ type_double() }}) as rate_to_reporting,
            true as is_reporting_currency
        union all
        select
            local_rate.rate_month,
            local_rate.currency_code,
            cast(reporting_rate.units_per_usd as {{ type_double() }})
            / cast(local_rate.units_per_usd as {{ type_double() }}) as rate_to_reporting,
            false as is_reporting_currency
        from {{ ref('fx_rates') }} as local_rate
        inner join {{ ref('fx_rates') }} as reporting_rate
            on
                local_rate.rate_month = reporting_rate.rate_month
                and reporting_rate.currency_code = '{{ var("reporting_currency") }}'
        where local_rate.currency_code <> '{{ var("reporting_currency") }}'
    ) as {{ alias }}
        on
            {{ alias }}.currency_code = upper({{ currency_expr }})
            and (
                {{ alias }}.is_reporting_currency
                or {{ alias }}.rate_month = cast({{ dbt.date_trunc('month', date_expr) }} as date)
            )
{%- endmacro %}


{% macro join_channel_map(alias, match_type, value_expr) -%}
    {#- Maps a source/medium, CRM original source or ad platform to a channel via the user-edited
        seed channel_map; unmapped values read as channel 'Other' (coalesce at the use site). -#}
    left join {{ ref('channel_map') }} as {{ alias }}
        on
            {{ alias }}.match_type = '{{ match_type }}'
            and {{ alias }}.match_value = {{ value_expr }}
{%- endmacro %}


{% macro is_ad_campaign_channel(channel_expr) -%}
    {#- The channels whose UTM or touch campaign name is matched to an ad campaign's name on its
        platform (first-touch ROAS in int_campaign_attribution__daily, ROAS per attribution model in
        kpi_attribution_campaigns): an e-mail or event campaign of the same name is not an ad. -#}
    {{ channel_expr }} in ('Paid Search', 'Paid Social')
{%- endmacro %}
