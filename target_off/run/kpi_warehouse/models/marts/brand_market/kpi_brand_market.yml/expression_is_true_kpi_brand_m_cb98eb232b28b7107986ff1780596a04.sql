
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select *
from "off"."marts"."kpi_brand_market"
where
    not (unaided_aware_respondents <= aided_aware_respondents)

  
  
      
    ) dbt_internal_test