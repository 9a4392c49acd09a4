select *
from "off"."marts"."kpi_scorecard"
where
    not (change_abs = kpi_value - previous_value) and (previous_value is not null and kpi_value is not null)
