
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_engagement"
where
    not (unique_opens <= emails_delivered)

  
  
      
    ) dbt_internal_test