select
    period_start, team_name,
    count(*) as rows_with_this_key
from "off"."marts"."kpi_sales_funnel_team"
group by period_start, team_name
having count(*) > 1
