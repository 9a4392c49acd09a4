
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    ad_date, ad_campaign_key,
    count(*) as rows_with_this_key
from "off"."main"."int_paid_media__daily"
group by ad_date, ad_campaign_key
having count(*) > 1

  
  
      
    ) dbt_internal_test