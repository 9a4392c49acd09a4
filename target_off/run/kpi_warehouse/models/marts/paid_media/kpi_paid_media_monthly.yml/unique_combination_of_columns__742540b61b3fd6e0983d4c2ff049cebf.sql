
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    period_start, ad_campaign_key,
    count(*) as rows_with_this_key
from "off"."marts"."kpi_paid_media_monthly"
group by period_start, ad_campaign_key
having count(*) > 1

  
  
      
    ) dbt_internal_test