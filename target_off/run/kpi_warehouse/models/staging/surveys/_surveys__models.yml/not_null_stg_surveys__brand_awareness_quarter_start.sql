
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select quarter_start
from "off"."main"."stg_surveys__brand_awareness"
where quarter_start is null



  
  
      
    ) dbt_internal_test