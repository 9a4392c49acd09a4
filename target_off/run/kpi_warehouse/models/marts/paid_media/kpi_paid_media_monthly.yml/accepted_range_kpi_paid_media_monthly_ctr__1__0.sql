
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select ctr as offending_value
from "off"."marts"."kpi_paid_media_monthly"
where ctr < 0 or ctr > 1

  
  
      
    ) dbt_internal_test