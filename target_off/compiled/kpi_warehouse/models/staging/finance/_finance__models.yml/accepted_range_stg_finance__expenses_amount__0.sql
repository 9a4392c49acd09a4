select amount as offending_value
from "off"."main"."stg_finance__expenses"
where amount < 0
