
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select market_size_id
from "off"."main"."stg_market__market_size"
where market_size_id is null



  
  
      
    ) dbt_internal_test