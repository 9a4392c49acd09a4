select *
from "off"."marts"."kpi_scorecard"
where
    not ((is_goal_on_track is null) = (goal_start is null or kpi_value is null))
