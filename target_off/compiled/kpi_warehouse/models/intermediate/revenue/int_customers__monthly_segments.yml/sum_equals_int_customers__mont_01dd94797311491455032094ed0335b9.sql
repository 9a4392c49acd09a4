with this_total as (
    select coalesce(sum(cast(customers_at_end as double precision)), 0) as total from "off"."main"."int_customers__monthly_segments"
),

other_total as (
    select coalesce(sum(cast(case when is_customer_at_end then 3 else 0 end as double precision)), 0) as total
    from "off"."main"."int_customers__monthly"
)

select
    this_total.total as model_total,
    other_total.total as expected_total,
    this_total.total - other_total.total as difference
from this_total
cross join other_total
where abs(this_total.total - other_total.total) > 1e-09 * greatest(1, abs(other_total.total))
