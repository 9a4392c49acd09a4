
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_attribution_influence"
where
    not (influenced_pipeline_amount + 0.01 >= sourced_pipeline_amount and influenced_revenue_amount + 0.01 >= sourced_revenue_amount)

  
  
      
    ) dbt_internal_test