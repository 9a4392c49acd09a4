select *
from "off"."main"."int_customers__monthly"
where
    not ((case when is_retained then 1 else 0 end) + (case when is_lost then 1 else 0 end) = (case when was_customer_at_start then 1 else 0 end))
