select *
from "off"."main"."int_contacts__lifecycle"
where
    not (mql_date is not null) and (sql_date is not null)
