
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    period_start, segment_type, segment,
    count(*) as rows_with_this_key
from "off"."main"."int_customers__monthly_segments"
group by period_start, segment_type, segment
having count(*) > 1

  
  
      
    ) dbt_internal_test