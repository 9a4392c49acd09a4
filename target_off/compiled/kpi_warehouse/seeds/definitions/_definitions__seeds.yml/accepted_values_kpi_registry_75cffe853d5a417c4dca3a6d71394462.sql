
    
    

with all_values as (

    select
        rollup as value_field,
        count(*) as n_records

    from "off"."main"."kpi_registry"
    group by rollup

)

select *
from all_values
where value_field not in (
    'sum','ratio','last','none','quarter'
)


