
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    period_month, channel,
    count(*) as rows_with_this_key
from "off"."main"."int_web_traffic__monthly_channel"
group by period_month, channel
having count(*) > 1

  
  
      
    ) dbt_internal_test