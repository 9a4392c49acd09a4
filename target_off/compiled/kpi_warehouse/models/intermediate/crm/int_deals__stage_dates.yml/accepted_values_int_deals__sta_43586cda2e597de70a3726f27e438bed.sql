
    
    

with all_values as (

    select
        source_system as value_field,
        count(*) as n_records

    from "off"."main"."int_deals__stage_dates"
    group by source_system

)

select *
from all_values
where value_field not in (
    'hubspot','salesforce'
)


