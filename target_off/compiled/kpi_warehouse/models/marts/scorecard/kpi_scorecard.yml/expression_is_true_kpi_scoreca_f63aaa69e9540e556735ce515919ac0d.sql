select *
from "off"."marts"."kpi_scorecard"
where
    not ((is_target_met is null) = (kpi_value is null or target_value is null))
