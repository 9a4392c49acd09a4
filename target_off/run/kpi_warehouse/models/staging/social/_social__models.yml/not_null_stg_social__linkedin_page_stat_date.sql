
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select stat_date
from "off"."main"."stg_social__linkedin_page"
where stat_date is null



  
  
      
    ) dbt_internal_test