
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        timing as value_field,
        count(*) as n_records

    from "off"."marts"."kpi_scorecard"
    group by timing

)

select *
from all_values
where value_field not in (
    'leading','lagging'
)



  
  
      
    ) dbt_internal_test