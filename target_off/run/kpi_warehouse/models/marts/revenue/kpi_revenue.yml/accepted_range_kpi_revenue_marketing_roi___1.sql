
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select marketing_roi as offending_value
from "off"."marts"."kpi_revenue"
where marketing_roi < -1

  
  
      
    ) dbt_internal_test