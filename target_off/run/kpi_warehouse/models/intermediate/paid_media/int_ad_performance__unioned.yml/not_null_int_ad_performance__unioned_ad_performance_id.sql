
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select ad_performance_id
from "off"."main"."int_ad_performance__unioned"
where ad_performance_id is null



  
  
      
    ) dbt_internal_test