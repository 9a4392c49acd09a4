select
    period_start, segment_type, segment,
    count(*) as rows_with_this_key
from "off"."marts"."kpi_retention"
group by period_start, segment_type, segment
having count(*) > 1
