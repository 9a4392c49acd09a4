
-- Fixture for stg_salesforce__opportunities
select 
    
    cast('s1' as character varying)
 as "deal_id", 
    
    cast('c5' as character varying)
 as "contact_id", cast(null as character varying(256)) as "owner_hash", 
    
    cast('salesforce' as character varying)
 as "source_system", cast(null as character varying(256)) as "deal_name", 
    
    cast('Proposal/Price Quote' as character varying)
 as "deal_stage", 
    
    cast('open' as character varying)
 as "deal_status", cast(null as character varying(256)) as "pipeline", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", 
    
    cast(900 as DECIMAL(38,6))
 as "amount", 
    
    cast('2025-01-06 09:00:00' as TIMESTAMP)
 as "created_at", cast(null as TIMESTAMP) as "closed_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"