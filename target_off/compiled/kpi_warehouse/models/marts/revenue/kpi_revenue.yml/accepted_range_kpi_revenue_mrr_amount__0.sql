select mrr_amount as offending_value
from "off"."marts"."kpi_revenue"
where mrr_amount < 0
