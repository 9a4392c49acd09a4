
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select raw_table
from "off"."main"."quarantine_salesforce"
where raw_table is null



  
  
      
    ) dbt_internal_test