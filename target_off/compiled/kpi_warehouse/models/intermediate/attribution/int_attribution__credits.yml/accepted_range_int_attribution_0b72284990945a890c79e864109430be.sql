select credit_share as offending_value
from "off"."main"."int_attribution__credits"
where credit_share < 0 or credit_share > 1.000000001
