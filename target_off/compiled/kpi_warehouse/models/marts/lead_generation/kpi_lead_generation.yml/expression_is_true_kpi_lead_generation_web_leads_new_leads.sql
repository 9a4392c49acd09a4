select *
from "off"."marts"."kpi_lead_generation"
where
    not (web_leads <= new_leads)
