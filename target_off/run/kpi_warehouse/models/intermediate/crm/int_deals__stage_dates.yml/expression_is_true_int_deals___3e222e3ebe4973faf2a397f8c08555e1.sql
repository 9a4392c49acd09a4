
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."main"."int_deals__stage_dates"
where
    not (cast(closed_at as date) >= cast(created_at as date)) and (closed_at is not null)

  
  
      
    ) dbt_internal_test