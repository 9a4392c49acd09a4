
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select conversion_rate as offending_value
from "off"."marts"."kpi_paid_media_monthly"
where conversion_rate < 0 or conversion_rate > 1

  
  
      
    ) dbt_internal_test