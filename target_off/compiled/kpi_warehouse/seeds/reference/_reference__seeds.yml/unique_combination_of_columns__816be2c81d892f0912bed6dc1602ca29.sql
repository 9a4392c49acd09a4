select
    match_type, match_value,
    count(*) as rows_with_this_key
from "off"."main"."channel_map"
group by match_type, match_value
having count(*) > 1
