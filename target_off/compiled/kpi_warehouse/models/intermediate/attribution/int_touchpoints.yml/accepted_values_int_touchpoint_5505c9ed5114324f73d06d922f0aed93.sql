
    
    

with all_values as (

    select
        touch_type as value_field,
        count(*) as n_records

    from "off"."main"."int_touchpoints"
    group by touch_type

)

select *
from all_values
where value_field not in (
    'crm_original_source','campaign_member','email_click'
)


