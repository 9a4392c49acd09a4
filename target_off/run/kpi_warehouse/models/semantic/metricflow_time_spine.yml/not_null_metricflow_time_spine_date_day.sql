
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select date_day
from "off"."main"."metricflow_time_spine"
where date_day is null



  
  
      
    ) dbt_internal_test