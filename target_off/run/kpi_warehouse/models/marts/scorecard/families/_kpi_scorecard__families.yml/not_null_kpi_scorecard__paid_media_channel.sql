
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select channel
from "off"."marts"."kpi_scorecard__paid_media"
where channel is null



  
  
      
    ) dbt_internal_test