
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_funnel_contacts"
where
    not (lead_at < mql_at) and (mql_at is not null)

  
  
      
    ) dbt_internal_test