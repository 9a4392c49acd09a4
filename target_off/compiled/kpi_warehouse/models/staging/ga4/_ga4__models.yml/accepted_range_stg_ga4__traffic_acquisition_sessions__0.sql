select sessions as offending_value
from "off"."main"."stg_ga4__traffic_acquisition"
where sessions < 0
