
    
    

with child as (
    select kpi_name as from_field
    from "off"."marts"."kpi_scorecard"
    where kpi_name is not null
),

parent as (
    select kpi_name as to_field
    from "off"."main"."kpi_registry"
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null


