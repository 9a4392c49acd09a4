select
    customer_id, period_start,
    count(*) as rows_with_this_key
from "off"."main"."int_customers__monthly"
group by customer_id, period_start
having count(*) > 1
