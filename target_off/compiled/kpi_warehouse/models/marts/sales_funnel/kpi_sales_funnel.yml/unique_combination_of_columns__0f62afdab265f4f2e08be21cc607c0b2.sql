select
    period_start, channel,
    count(*) as rows_with_this_key
from "off"."marts"."kpi_sales_funnel"
group by period_start, channel
having count(*) > 1
