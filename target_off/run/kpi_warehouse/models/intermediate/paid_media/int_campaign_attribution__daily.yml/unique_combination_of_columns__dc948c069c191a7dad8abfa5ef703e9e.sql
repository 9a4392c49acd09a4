
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    ad_campaign_key, activity_date,
    count(*) as rows_with_this_key
from "off"."main"."int_campaign_attribution__daily"
group by ad_campaign_key, activity_date
having count(*) > 1

  
  
      
    ) dbt_internal_test