
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_paid_media_daily"
where
    not (spend_amount >= 0)

  
  
      
    ) dbt_internal_test