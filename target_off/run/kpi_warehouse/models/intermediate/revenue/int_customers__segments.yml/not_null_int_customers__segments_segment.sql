
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select segment
from "off"."main"."int_customers__segments"
where segment is null



  
  
      
    ) dbt_internal_test