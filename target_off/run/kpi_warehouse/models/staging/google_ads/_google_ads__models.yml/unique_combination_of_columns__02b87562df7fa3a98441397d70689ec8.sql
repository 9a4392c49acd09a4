
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    period_start, period_end, campaign_id, ad_group_key,
    count(*) as rows_with_this_key
from "off"."main"."stg_google_ads__campaign_report"
group by period_start, period_end, campaign_id, ad_group_key
having count(*) > 1

  
  
      
    ) dbt_internal_test