
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select opportunity_month
from "off"."main"."int_deals__enriched"
where opportunity_month is null



  
  
      
    ) dbt_internal_test