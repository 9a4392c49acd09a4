select *
from "off"."main"."int_finance__monthly"
where
    not (abs(cast(marketing_cost_amount+sales_cost_amount+overhead_cost_amount+cost_to_serve_amount+other_cost_amount as double precision) - cast(total_expense_amount as double precision)) <= 1e-09 * greatest(1, abs(cast(total_expense_amount as double precision))))
