-- One row per month of the finance exports: expenses grouped into the cost pools the unit economics
-- KPIs use (project vars marketing_/sales_/overhead_/cost_to_serve_categories) and the P&L lines.
-- An expense category in none of the pools is kept in other_cost_amount, so the pools always add
-- up to total_expense_amount.
with expenses as (
    select * from "off"."main"."stg_finance__expenses"
),

pnl as (
    select * from "off"."main"."stg_finance__pnl"
),

expense_pools as (
    select
        expense_month as period_start,
            sum(
                case
                    when
                        expense_category in (
                            'Advertising', 'Events', 'Marketing salaries', 'Marketing tools'
                        )
                        then amount else
                        0
                end
            )
                as marketing_cost_amount,
            sum(
                case
                    when
                        expense_category in (
                            'Sales salaries'
                        )
                        then amount else
                        0
                end
            )
                as sales_cost_amount,
            sum(
                case
                    when
                        expense_category in (
                            'Overhead'
                        )
                        then amount else
                        0
                end
            )
                as overhead_cost_amount,
            sum(
                case
                    when
                        expense_category in (
                            'Cost of service'
                        )
                        then amount else
                        0
                end
            )
                as cost_to_serve_amount,
        sum(
            case
                when
                    expense_category not in ('Advertising', 'Events', 'Marketing salaries', 'Marketing tools', 'Sales salaries', 'Overhead', 'Cost of service')
                    then amount
                else 0
            end
        ) as other_cost_amount,
        sum(amount) as total_expense_amount
    from expenses
    group by expense_month
),

months as (
    select period_start from expense_pools
    union
    select pnl_month from pnl
),

final as (
    select
        months.period_start,
            coalesce(expense_pools.marketing_cost_amount, 0) as marketing_cost_amount,
            coalesce(expense_pools.sales_cost_amount, 0) as sales_cost_amount,
            coalesce(expense_pools.overhead_cost_amount, 0) as overhead_cost_amount,
            coalesce(expense_pools.cost_to_serve_amount, 0) as cost_to_serve_amount,
        coalesce(expense_pools.other_cost_amount, 0) as other_cost_amount,
        coalesce(expense_pools.total_expense_amount, 0) as total_expense_amount,
        coalesce(expense_pools.marketing_cost_amount, 0)
        + coalesce(expense_pools.sales_cost_amount, 0)
        + coalesce(expense_pools.overhead_cost_amount, 0) as acquisition_cost_amount,
        pnl.net_sales_amount,
        pnl.net_income_amount
    from months
    left join expense_pools on months.period_start = expense_pools.period_start
    left join pnl on months.period_start = pnl.pnl_month
)

select * from final