
-- Fixture for stg_hubspot__deals
select 
    
    cast('h1' as character varying)
 as "deal_id", 
    
    cast('c1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "owner_hash", 
    
    cast('hubspot' as character varying)
 as "source_system", cast(null as character varying(256)) as "deal_name", 
    
    cast('Closed Won' as character varying)
 as "deal_stage", 
    
    cast('won' as character varying)
 as "deal_status", cast(null as character varying(256)) as "pipeline", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", 
    
    cast(1000 as DECIMAL(38,6))
 as "amount", 
    
    cast('2025-01-02 09:00:00' as TIMESTAMP)
 as "created_at", 
    
    cast('2025-02-10 09:00:00' as TIMESTAMP)
 as "closed_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('h2' as character varying)
 as "deal_id", 
    
    cast('c2' as character varying)
 as "contact_id", cast(null as character varying(256)) as "owner_hash", 
    
    cast('hubspot' as character varying)
 as "source_system", cast(null as character varying(256)) as "deal_name", 
    
    cast('Closed Lost' as character varying)
 as "deal_stage", 
    
    cast('lost' as character varying)
 as "deal_status", cast(null as character varying(256)) as "pipeline", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", 
    
    cast(2000 as DECIMAL(38,6))
 as "amount", 
    
    cast('2025-01-03 09:00:00' as TIMESTAMP)
 as "created_at", 
    
    cast('2025-03-01 09:00:00' as TIMESTAMP)
 as "closed_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('h3' as character varying)
 as "deal_id", 
    
    cast('c3' as character varying)
 as "contact_id", cast(null as character varying(256)) as "owner_hash", 
    
    cast('hubspot' as character varying)
 as "source_system", cast(null as character varying(256)) as "deal_name", 
    
    cast('Closed Won' as character varying)
 as "deal_stage", 
    
    cast('won' as character varying)
 as "deal_status", cast(null as character varying(256)) as "pipeline", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", 
    
    cast(500 as DECIMAL(38,6))
 as "amount", 
    
    cast('2025-01-04 09:00:00' as TIMESTAMP)
 as "created_at", 
    
    cast('2025-01-04 16:00:00' as TIMESTAMP)
 as "closed_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('h4' as character varying)
 as "deal_id", 
    
    cast('c4' as character varying)
 as "contact_id", cast(null as character varying(256)) as "owner_hash", 
    
    cast('hubspot' as character varying)
 as "source_system", cast(null as character varying(256)) as "deal_name", 
    
    cast('Closed Lost' as character varying)
 as "deal_stage", 
    
    cast('lost' as character varying)
 as "deal_status", cast(null as character varying(256)) as "pipeline", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", 
    
    cast(700 as DECIMAL(38,6))
 as "amount", 
    
    cast('2025-01-05 09:00:00' as TIMESTAMP)
 as "created_at", 
    
    cast('2025-01-20 09:00:00' as TIMESTAMP)
 as "closed_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"