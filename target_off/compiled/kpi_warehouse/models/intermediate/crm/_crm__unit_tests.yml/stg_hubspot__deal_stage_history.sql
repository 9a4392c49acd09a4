
-- Fixture for stg_hubspot__deal_stage_history
select cast(null as character varying(256)) as "deal_stage_entry_id", 
    
    cast('h1' as character varying)
 as "deal_id", 
    
    cast('Appointment Scheduled' as character varying)
 as "deal_stage", cast(null as character varying(256)) as "change_source", 
    
    cast('2025-01-02 09:00:00' as TIMESTAMP)
 as "entered_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "deal_stage_entry_id", 
    
    cast('h1' as character varying)
 as "deal_id", 
    
    cast('Presentation Scheduled' as character varying)
 as "deal_stage", cast(null as character varying(256)) as "change_source", 
    
    cast('2025-01-20 09:00:00' as TIMESTAMP)
 as "entered_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "deal_stage_entry_id", 
    
    cast('h1' as character varying)
 as "deal_id", 
    
    cast('Closed Won' as character varying)
 as "deal_stage", cast(null as character varying(256)) as "change_source", 
    
    cast('2025-02-10 09:00:00' as TIMESTAMP)
 as "entered_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "deal_stage_entry_id", 
    
    cast('h2' as character varying)
 as "deal_id", 
    
    cast('Appointment Scheduled' as character varying)
 as "deal_stage", cast(null as character varying(256)) as "change_source", 
    
    cast('2025-01-03 09:00:00' as TIMESTAMP)
 as "entered_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "deal_stage_entry_id", 
    
    cast('h2' as character varying)
 as "deal_id", 
    
    cast('Contract Sent' as character varying)
 as "deal_stage", cast(null as character varying(256)) as "change_source", 
    
    cast('2025-01-25 09:00:00' as TIMESTAMP)
 as "entered_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "deal_stage_entry_id", 
    
    cast('h2' as character varying)
 as "deal_id", 
    
    cast('Decision Maker Bought-In' as character varying)
 as "deal_stage", cast(null as character varying(256)) as "change_source", 
    
    cast('2025-02-01 09:00:00' as TIMESTAMP)
 as "entered_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "deal_stage_entry_id", 
    
    cast('h2' as character varying)
 as "deal_id", 
    
    cast('Contract Sent' as character varying)
 as "deal_stage", cast(null as character varying(256)) as "change_source", 
    
    cast('2025-02-15 09:00:00' as TIMESTAMP)
 as "entered_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "deal_stage_entry_id", 
    
    cast('h2' as character varying)
 as "deal_id", 
    
    cast('Closed Lost' as character varying)
 as "deal_stage", cast(null as character varying(256)) as "change_source", 
    
    cast('2025-03-01 09:00:00' as TIMESTAMP)
 as "entered_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "deal_stage_entry_id", 
    
    cast('h3' as character varying)
 as "deal_id", 
    
    cast('Appointment Scheduled' as character varying)
 as "deal_stage", cast(null as character varying(256)) as "change_source", 
    
    cast('2025-01-04 09:00:00' as TIMESTAMP)
 as "entered_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "deal_stage_entry_id", 
    
    cast('h3' as character varying)
 as "deal_id", 
    
    cast('Closed Won' as character varying)
 as "deal_stage", cast(null as character varying(256)) as "change_source", 
    
    cast('2025-01-04 16:00:00' as TIMESTAMP)
 as "entered_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "deal_stage_entry_id", 
    
    cast('h4' as character varying)
 as "deal_id", 
    
    cast('Appointment Scheduled' as character varying)
 as "deal_stage", cast(null as character varying(256)) as "change_source", 
    
    cast('2025-01-05 09:00:00' as TIMESTAMP)
 as "entered_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select cast(null as character varying(256)) as "deal_stage_entry_id", 
    
    cast('h4' as character varying)
 as "deal_id", 
    
    cast('Closed Lost' as character varying)
 as "deal_stage", cast(null as character varying(256)) as "change_source", 
    
    cast('2025-01-20 09:00:00' as TIMESTAMP)
 as "entered_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"