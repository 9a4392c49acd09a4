select *
from "off"."marts"."kpi_retention"
where
    not (satisfied_responses <= csat_responses)
