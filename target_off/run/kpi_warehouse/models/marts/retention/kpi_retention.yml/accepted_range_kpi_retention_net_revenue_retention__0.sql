
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select net_revenue_retention as offending_value
from "off"."marts"."kpi_retention"
where net_revenue_retention < 0

  
  
      
    ) dbt_internal_test