with recomputed as (
    select
        *,
        detractor_rate as actual_value,
        case
            when nps_responses is null or nps_responses = 0 then null
            else cast(detractors as double precision) * 1 / cast(nps_responses as double precision)
        end as expected_value
    from "off"."marts"."kpi_retention"
)

select
    *,
    abs(cast(actual_value as double precision) - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(cast(actual_value as double precision) - expected_value) > 1e-09 * greatest(1, abs(expected_value))
