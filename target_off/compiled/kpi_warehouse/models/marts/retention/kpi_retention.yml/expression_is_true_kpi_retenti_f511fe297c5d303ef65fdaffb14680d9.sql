select *
from "off"."marts"."kpi_retention"
where
    not (promoters + passives + detractors = nps_responses)
