
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select team_name
from "off"."marts"."kpi_sales_funnel_team"
where team_name is null



  
  
      
    ) dbt_internal_test