
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select mrr_amount as offending_value
from "off"."main"."int_customers__monthly"
where mrr_amount < 0

  
  
      
    ) dbt_internal_test