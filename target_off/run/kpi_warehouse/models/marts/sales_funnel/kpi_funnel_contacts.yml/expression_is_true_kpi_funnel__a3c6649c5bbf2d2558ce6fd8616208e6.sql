
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_funnel_contacts"
where
    not (mql_at < sql_at and sql_at < opportunity_at and opportunity_at < won_at) and (won_at is not null)

  
  
      
    ) dbt_internal_test