select avg_lead_score as offending_value
from "off"."marts"."kpi_lead_generation"
where avg_lead_score < 0
