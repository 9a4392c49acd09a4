select csat_score_mean as offending_value
from "off"."marts"."kpi_retention"
where csat_score_mean < 1 or csat_score_mean > 5
