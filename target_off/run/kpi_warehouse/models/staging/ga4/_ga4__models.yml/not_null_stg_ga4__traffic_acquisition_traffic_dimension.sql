
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select traffic_dimension
from "off"."main"."stg_ga4__traffic_acquisition"
where traffic_dimension is null



  
  
      
    ) dbt_internal_test