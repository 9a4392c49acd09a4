
    
    

with all_values as (

    select
        lifecycle_stage as value_field,
        count(*) as n_records

    from "off"."main"."stg_hubspot__contacts"
    group by lifecycle_stage

)

select *
from all_values
where value_field not in (
    'subscriber','lead','marketingqualifiedlead','salesqualifiedlead','opportunity','customer','evangelist','other'
)


