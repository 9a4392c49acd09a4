
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."main"."int_contacts__lifecycle"
where
    not (mql_date <= sql_date) and (sql_date is not null)

  
  
      
    ) dbt_internal_test