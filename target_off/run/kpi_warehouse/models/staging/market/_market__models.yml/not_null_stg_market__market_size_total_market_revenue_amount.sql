
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select total_market_revenue_amount
from "off"."main"."stg_market__market_size"
where total_market_revenue_amount is null



  
  
      
    ) dbt_internal_test