
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    period_start, channel,
    count(*) as rows_with_this_key
from "off"."main"."int_funnel__monthly_channel"
group by period_start, channel
having count(*) > 1

  
  
      
    ) dbt_internal_test