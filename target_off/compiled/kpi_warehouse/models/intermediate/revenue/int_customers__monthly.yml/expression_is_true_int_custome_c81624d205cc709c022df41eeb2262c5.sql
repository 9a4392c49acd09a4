select *
from "off"."main"."int_customers__monthly"
where
    not (mrr_amount = 0) and (not is_customer_at_end)
