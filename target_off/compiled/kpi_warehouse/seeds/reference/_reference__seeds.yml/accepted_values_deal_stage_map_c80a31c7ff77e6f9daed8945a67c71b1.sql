
    
    

with all_values as (

    select
        funnel_step as value_field,
        count(*) as n_records

    from "off"."main"."deal_stage_map"
    group by funnel_step

)

select *
from all_values
where value_field not in (
    'opportunity','quote','won','lost'
)


