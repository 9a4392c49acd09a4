
-- Fixture for int_deals__stage_dates
select 
    
    cast('d2' as character varying)
 as "deal_id", 
    
    cast('2' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "deal_stage", cast(null as character varying(256)) as "deal_status", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", cast(null as DECIMAL(38,6)) as "amount", cast(null as BIGINT) as "stage_entries", cast(null as BOOLEAN) as "is_won", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_closed", cast(null as BOOLEAN) as "is_quoted", 
    
    cast('2025-04-02 08:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", 
    
    cast('2025-04-02 17:00:00' as TIMESTAMP)
 as "won_at", cast(null as TIMESTAMP) as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as TIMESTAMP) as "created_at"
union all
select 
    
    cast('d3' as character varying)
 as "deal_id", 
    
    cast('3' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "deal_stage", cast(null as character varying(256)) as "deal_status", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "lead_source", cast(null as character varying(256)) as "currency", cast(null as DECIMAL(38,6)) as "amount_local", cast(null as DECIMAL(38,6)) as "amount", cast(null as BIGINT) as "stage_entries", cast(null as BOOLEAN) as "is_won", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_closed", cast(null as BOOLEAN) as "is_quoted", 
    
    cast('2025-01-08 10:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", 
    
    cast('2025-02-14 12:00:00' as TIMESTAMP)
 as "won_at", cast(null as TIMESTAMP) as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as TIMESTAMP) as "created_at"