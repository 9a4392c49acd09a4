select *
from "off"."marts"."kpi_scorecard"
where
    not (goal_periods_elapsed between 1 and goal_periods_total and period_start between goal_start and goal_deadline) and (goal_start is not null)
