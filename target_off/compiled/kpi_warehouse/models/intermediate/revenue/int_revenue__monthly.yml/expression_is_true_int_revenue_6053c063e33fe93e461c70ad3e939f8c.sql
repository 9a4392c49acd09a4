select *
from "off"."main"."int_revenue__monthly"
where
    not (abs(cast(new_customer_revenue_amount + returning_customer_revenue_amount as double precision) - cast(sales_revenue_amount as double precision)) <= 1e-09 * greatest(1, abs(cast(sales_revenue_amount as double precision))))
