with recomputed as (
    select
        *,
        campaign_roi_linear as actual_value,
        case
            when spend_amount is null or spend_amount = 0 then null
            else cast(attributed_revenue_linear - spend_amount as double precision) * 1 / cast(spend_amount as double precision)
        end as expected_value
    from "off"."marts"."kpi_attribution_campaigns"
)

select
    *,
    abs(cast(actual_value as double precision) - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(cast(actual_value as double precision) - expected_value) > 1e-09 * greatest(1, abs(expected_value))
