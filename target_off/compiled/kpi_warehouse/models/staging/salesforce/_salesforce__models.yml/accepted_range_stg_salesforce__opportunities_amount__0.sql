select amount as offending_value
from "off"."main"."stg_salesforce__opportunities"
where amount < 0
