
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_engagement"
where
    not (emails_delivered <= emails_sent)

  
  
      
    ) dbt_internal_test