select
    source_system, deal_stage,
    count(*) as rows_with_this_key
from "off"."main"."deal_stage_map"
group by source_system, deal_stage
having count(*) > 1
