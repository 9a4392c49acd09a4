select
    period_start, segment_type, segment,
    count(*) as rows_with_this_key
from "off"."main"."int_customers__monthly_segments"
group by period_start, segment_type, segment
having count(*) > 1
