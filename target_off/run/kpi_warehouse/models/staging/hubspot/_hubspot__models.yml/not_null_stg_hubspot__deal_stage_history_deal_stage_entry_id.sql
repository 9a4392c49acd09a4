
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select deal_stage_entry_id
from "off"."main"."stg_hubspot__deal_stage_history"
where deal_stage_entry_id is null



  
  
      
    ) dbt_internal_test