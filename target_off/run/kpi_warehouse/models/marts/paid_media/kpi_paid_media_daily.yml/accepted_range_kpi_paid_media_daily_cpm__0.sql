
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select cpm as offending_value
from "off"."marts"."kpi_paid_media_daily"
where cpm < 0

  
  
      
    ) dbt_internal_test