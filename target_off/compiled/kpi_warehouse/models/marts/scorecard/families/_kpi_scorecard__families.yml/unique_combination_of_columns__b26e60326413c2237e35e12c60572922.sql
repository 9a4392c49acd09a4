select
    kpi_name, period_grain, period_start, channel,
    count(*) as rows_with_this_key
from "off"."marts"."kpi_scorecard__sales_funnel"
group by kpi_name, period_grain, period_start, channel
having count(*) > 1
