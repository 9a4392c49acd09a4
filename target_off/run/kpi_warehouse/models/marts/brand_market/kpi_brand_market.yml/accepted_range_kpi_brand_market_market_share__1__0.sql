
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select market_share as offending_value
from "off"."marts"."kpi_brand_market"
where market_share < 0 or market_share > 1

  
  
      
    ) dbt_internal_test