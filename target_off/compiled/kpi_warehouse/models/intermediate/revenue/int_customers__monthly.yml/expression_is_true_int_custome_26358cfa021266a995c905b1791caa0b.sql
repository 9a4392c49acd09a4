select *
from "off"."main"."int_customers__monthly"
where
    not (not (is_new and is_reactivated))
