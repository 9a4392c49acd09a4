
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    match_type, match_value,
    count(*) as rows_with_this_key
from "off"."main"."channel_map"
group by match_type, match_value
having count(*) > 1

  
  
      
    ) dbt_internal_test