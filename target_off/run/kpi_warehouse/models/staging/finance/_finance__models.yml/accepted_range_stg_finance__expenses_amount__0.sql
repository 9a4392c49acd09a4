
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select amount as offending_value
from "off"."main"."stg_finance__expenses"
where amount < 0

  
  
      
    ) dbt_internal_test