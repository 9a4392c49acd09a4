
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select credit_share as offending_value
from "off"."main"."int_attribution__credits"
where credit_share < 0 or credit_share > 1.000000001

  
  
      
    ) dbt_internal_test