
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    period_start, attribution_model, channel, campaign_name,
    count(*) as rows_with_this_key
from "off"."marts"."kpi_attribution"
group by period_start, attribution_model, channel, campaign_name
having count(*) > 1

  
  
      
    ) dbt_internal_test