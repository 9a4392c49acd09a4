
-- Fixture for int_deals__stage_dates
select 
    
    cast('d1' as character varying)
 as "deal_id", 
    
    cast('c1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "deal_stage", cast(null as character varying(256)) as "deal_status", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", 
    
    cast(500 as DECIMAL(38,6))
 as "amount", cast(null as BIGINT) as "stage_entries", 
    
    cast(True as BOOLEAN)
 as "is_won", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_closed", cast(null as BOOLEAN) as "is_quoted", cast(null as TIMESTAMP) as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", 
    
    cast('2025-01-10T09:00:00' as TIMESTAMP)
 as "won_at", 
    
    cast('2025-01-20T00:00:00' as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as TIMESTAMP) as "created_at"
union all
select 
    
    cast('d2' as character varying)
 as "deal_id", 
    
    cast('c2' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "deal_stage", cast(null as character varying(256)) as "deal_status", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", 
    
    cast(900 as DECIMAL(38,6))
 as "amount", cast(null as BIGINT) as "stage_entries", 
    
    cast(False as BOOLEAN)
 as "is_won", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_closed", cast(null as BOOLEAN) as "is_quoted", cast(null as TIMESTAMP) as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", 
    
    cast(null as TIMESTAMP)
 as "won_at", 
    
    cast('2025-01-15T00:00:00' as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as TIMESTAMP) as "created_at"