
    
    

select
    deal_stage_entry_id as unique_field,
    count(*) as n_records

from "off"."main"."stg_hubspot__deal_stage_history"
where deal_stage_entry_id is not null
group by deal_stage_entry_id
having count(*) > 1


