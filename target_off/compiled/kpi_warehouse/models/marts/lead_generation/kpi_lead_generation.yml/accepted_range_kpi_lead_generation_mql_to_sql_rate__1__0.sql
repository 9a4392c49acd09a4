select mql_to_sql_rate as offending_value
from "off"."marts"."kpi_lead_generation"
where mql_to_sql_rate < 0 or mql_to_sql_rate > 1
