select days_before_conversion as offending_value
from "off"."main"."int_attribution__credits"
where days_before_conversion < 0
