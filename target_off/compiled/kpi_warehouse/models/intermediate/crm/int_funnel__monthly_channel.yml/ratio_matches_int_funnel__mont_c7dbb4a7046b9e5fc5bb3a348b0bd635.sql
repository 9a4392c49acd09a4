with recomputed as (
    select
        *,
        lead_to_won_rate as actual_value,
        case
            when new_leads is null or new_leads = 0 then null
            else cast(leads_cohort_wins as double precision) * 1 / cast(new_leads as double precision)
        end as expected_value
    from "off"."main"."int_funnel__monthly_channel"
)

select
    *,
    abs(cast(actual_value as double precision) - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(cast(actual_value as double precision) - expected_value) > 1e-09 * greatest(1, abs(expected_value))
