
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select period_month
from "off"."main"."int_email_campaigns__monthly"
where period_month is null



  
  
      
    ) dbt_internal_test