with this_total as (
    select coalesce(sum(cast(crm_leads as double precision)), 0) as total from "off"."marts"."kpi_paid_media_monthly"
),

other_total as (
    select coalesce(sum(cast(crm_leads as double precision)), 0) as total
    from "off"."main"."int_campaign_attribution__daily"
)

select
    this_total.total as model_total,
    other_total.total as expected_total,
    this_total.total - other_total.total as difference
from this_total
cross join other_total
where abs(this_total.total - other_total.total) > 1e-09 * greatest(1, abs(other_total.total))
