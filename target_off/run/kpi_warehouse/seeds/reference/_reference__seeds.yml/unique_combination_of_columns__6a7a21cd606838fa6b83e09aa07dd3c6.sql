
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select
    rate_month, currency_code,
    count(*) as rows_with_this_key
from "off"."main"."fx_rates"
group by rate_month, currency_code
having count(*) > 1

  
  
      
    ) dbt_internal_test