select mrr_amount as offending_value
from "off"."main"."int_customers__monthly"
where mrr_amount < 0
