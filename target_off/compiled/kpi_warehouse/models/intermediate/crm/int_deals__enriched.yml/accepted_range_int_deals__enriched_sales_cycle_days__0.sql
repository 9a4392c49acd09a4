select sales_cycle_days as offending_value
from "off"."main"."int_deals__enriched"
where sales_cycle_days < 0
