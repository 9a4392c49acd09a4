
    
    

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


