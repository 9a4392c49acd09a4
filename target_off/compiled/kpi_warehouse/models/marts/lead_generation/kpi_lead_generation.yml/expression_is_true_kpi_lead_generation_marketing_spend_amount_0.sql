select *
from "off"."marts"."kpi_lead_generation"
where
    not (marketing_spend_amount >= 0)
