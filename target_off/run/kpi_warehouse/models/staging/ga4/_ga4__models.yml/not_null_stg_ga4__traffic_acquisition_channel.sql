
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select channel
from "off"."main"."stg_ga4__traffic_acquisition"
where channel is null



  
  
      
    ) dbt_internal_test