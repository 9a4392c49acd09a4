
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        period_grain as value_field,
        count(*) as n_records

    from "off"."marts"."kpi_scorecard"
    group by period_grain

)

select *
from all_values
where value_field not in (
    'month','quarter'
)



  
  
      
    ) dbt_internal_test