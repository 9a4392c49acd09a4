
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        conversion_type as value_field,
        count(*) as n_records

    from "off"."main"."int_attribution__credits"
    group by conversion_type

)

select *
from all_values
where value_field not in (
    'pipeline','revenue'
)



  
  
      
    ) dbt_internal_test