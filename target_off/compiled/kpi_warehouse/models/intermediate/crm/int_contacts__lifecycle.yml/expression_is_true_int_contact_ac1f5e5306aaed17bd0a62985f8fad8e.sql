select *
from "off"."main"."int_contacts__lifecycle"
where
    not (opportunity_date <= customer_date) and (customer_date is not null)
