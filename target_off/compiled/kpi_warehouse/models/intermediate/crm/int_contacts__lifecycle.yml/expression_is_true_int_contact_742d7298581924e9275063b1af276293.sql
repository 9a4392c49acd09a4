select *
from "off"."main"."int_contacts__lifecycle"
where
    not (mql_date <= sql_date) and (sql_date is not null)
