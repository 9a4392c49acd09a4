select score as offending_value
from "off"."main"."stg_surveys__csat_responses"
where score < 1 or score > 5
