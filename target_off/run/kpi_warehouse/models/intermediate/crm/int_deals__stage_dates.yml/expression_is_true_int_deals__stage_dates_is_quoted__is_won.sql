
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."main"."int_deals__stage_dates"
where
    not (is_quoted) and (is_won)

  
  
      
    ) dbt_internal_test