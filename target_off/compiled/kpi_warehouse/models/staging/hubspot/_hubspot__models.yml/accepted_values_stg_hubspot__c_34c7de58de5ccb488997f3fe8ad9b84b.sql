
    
    

with all_values as (

    select
        channel as value_field,
        count(*) as n_records

    from "off"."main"."stg_hubspot__contacts"
    group by channel

)

select *
from all_values
where value_field not in (
    'Paid Search','Paid Social','Organic Search','Email','Referral','Direct','Events','Organic Social','Other'
)


