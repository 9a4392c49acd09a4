
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select net_sales_amount
from "off"."main"."stg_finance__pnl"
where net_sales_amount is null



  
  
      
    ) dbt_internal_test