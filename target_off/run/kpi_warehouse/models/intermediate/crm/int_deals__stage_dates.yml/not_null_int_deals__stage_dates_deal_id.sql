
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select deal_id
from "off"."main"."int_deals__stage_dates"
where deal_id is null



  
  
      
    ) dbt_internal_test