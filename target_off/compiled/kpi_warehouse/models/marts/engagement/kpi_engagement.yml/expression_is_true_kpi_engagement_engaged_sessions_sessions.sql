select *
from "off"."marts"."kpi_engagement"
where
    not (engaged_sessions <= sessions)
