
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_paid_media_monthly"
where
    not (clicks <= impressions)

  
  
      
    ) dbt_internal_test