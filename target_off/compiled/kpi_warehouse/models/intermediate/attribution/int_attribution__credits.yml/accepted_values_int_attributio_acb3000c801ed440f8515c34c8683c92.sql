
    
    

with all_values as (

    select
        attribution_model as value_field,
        count(*) as n_records

    from "off"."main"."int_attribution__credits"
    group by attribution_model

)

select *
from all_values
where value_field not in (
    'first_touch','last_touch','linear','u_shaped','w_shaped','full_path','time_decay'
)


