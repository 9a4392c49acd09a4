
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select ad_campaign_key
from "off"."marts"."kpi_paid_media_monthly"
where ad_campaign_key is null



  
  
      
    ) dbt_internal_test