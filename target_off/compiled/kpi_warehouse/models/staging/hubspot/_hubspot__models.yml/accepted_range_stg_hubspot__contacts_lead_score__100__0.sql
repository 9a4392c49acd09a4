select lead_score as offending_value
from "off"."main"."stg_hubspot__contacts"
where lead_score < 0 or lead_score > 100
