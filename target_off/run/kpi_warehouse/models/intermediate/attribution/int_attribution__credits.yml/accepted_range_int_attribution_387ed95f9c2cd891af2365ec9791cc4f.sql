
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select days_before_conversion as offending_value
from "off"."main"."int_attribution__credits"
where days_before_conversion < 0

  
  
      
    ) dbt_internal_test