
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select signal_month
from "off"."main"."stg_market__brand_signals"
where signal_month is null



  
  
      
    ) dbt_internal_test