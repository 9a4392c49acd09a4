select *
from "off"."main"."int_contacts__lifecycle"
where
    not (lead_date <= mql_date) and (mql_date is not null)
