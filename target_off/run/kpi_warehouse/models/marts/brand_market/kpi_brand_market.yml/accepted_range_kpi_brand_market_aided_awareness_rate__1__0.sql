
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select aided_awareness_rate as offending_value
from "off"."marts"."kpi_brand_market"
where aided_awareness_rate < 0 or aided_awareness_rate > 1

  
  
      
    ) dbt_internal_test