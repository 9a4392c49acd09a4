
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select channel_roi as offending_value
from "off"."marts"."kpi_revenue_by_channel"
where channel_roi < -1

  
  
      
    ) dbt_internal_test