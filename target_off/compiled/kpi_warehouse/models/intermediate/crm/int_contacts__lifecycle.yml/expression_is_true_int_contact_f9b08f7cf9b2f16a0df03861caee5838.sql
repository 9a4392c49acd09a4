select *
from "off"."main"."int_contacts__lifecycle"
where
    not (sql_date <= opportunity_date) and (opportunity_date is not null)
