
    
    



select deal_stage_entry_id
from "off"."main"."stg_hubspot__deal_stage_history"
where deal_stage_entry_id is null


