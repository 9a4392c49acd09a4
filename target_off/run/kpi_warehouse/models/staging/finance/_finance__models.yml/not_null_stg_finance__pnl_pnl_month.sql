
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select pnl_month
from "off"."main"."stg_finance__pnl"
where pnl_month is null



  
  
      
    ) dbt_internal_test