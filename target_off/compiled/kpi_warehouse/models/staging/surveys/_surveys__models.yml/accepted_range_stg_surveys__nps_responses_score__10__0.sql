select score as offending_value
from "off"."main"."stg_surveys__nps_responses"
where score < 0 or score > 10
