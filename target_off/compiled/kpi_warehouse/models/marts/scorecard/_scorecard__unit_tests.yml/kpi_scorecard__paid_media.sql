
-- Fixture for kpi_scorecard__paid_media
select cast(null as character varying(256)) as "kpi_name", cast(null as character varying(256)) as "period_grain", cast(null as DATE) as "period_start", cast(null as character varying(256)) as "channel", cast(null as DECIMAL(38,10)) as "kpi_value", cast(null as DECIMAL(38,10)) as "numerator", cast(null as DECIMAL(38,10)) as "denominator"
    limit 0