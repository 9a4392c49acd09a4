
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select unit_amount
from "off"."main"."stg_stripe__subscriptions"
where unit_amount is null



  
  
      
    ) dbt_internal_test