select *
from "off"."marts"."kpi_lead_generation_events"
where
    not (cost_amount >= 0)
