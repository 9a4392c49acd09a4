select mql_to_sql_rate as offending_value
from "off"."main"."int_funnel__monthly_channel"
where mql_to_sql_rate < 0 or mql_to_sql_rate > 1
