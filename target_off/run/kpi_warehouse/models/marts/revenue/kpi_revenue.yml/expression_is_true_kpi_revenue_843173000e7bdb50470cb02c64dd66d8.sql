
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_revenue"
where
    not (abs(cast(new_customer_revenue_amount + returning_customer_revenue_amount as double precision) - cast(sales_revenue_amount as double precision)) <= 1e-09 * greatest(1, abs(cast(sales_revenue_amount as double precision))))

  
  
      
    ) dbt_internal_test