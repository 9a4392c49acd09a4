select amount as offending_value
from "off"."main"."stg_hubspot__deals"
where amount < 0
