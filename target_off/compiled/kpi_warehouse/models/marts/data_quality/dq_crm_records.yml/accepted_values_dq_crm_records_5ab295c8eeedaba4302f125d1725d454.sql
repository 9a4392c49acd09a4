
    
    

with all_values as (

    select
        rule_name as value_field,
        count(*) as n_records

    from "off"."marts"."dq_crm_records"
    group by rule_name

)

select *
from all_values
where value_field not in (
    'stage_before_create','stage_out_of_order','won_before_first_contact','open_without_close_date','merged_into_another_contact','lead_converted_to_contact'
)


