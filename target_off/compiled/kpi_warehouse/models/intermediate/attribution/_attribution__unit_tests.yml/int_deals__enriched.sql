
-- Fixture for int_deals__enriched
select 
    
    cast('D1' as character varying)
 as "deal_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "deal_status", cast(null as character varying(256)) as "channel", 
    
    cast(True as BOOLEAN)
 as "is_won", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_closed", cast(null as BOOLEAN) as "is_quoted", 
    
    cast(1000 as DECIMAL(38,6))
 as "amount", cast(null as BIGINT) as "sales_cycle_days", 
    
    cast('2025-01-21 10:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", 
    
    cast('2025-02-20 15:00:00' as TIMESTAMP)
 as "won_at", cast(null as TIMESTAMP) as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", 
    
    cast('2025-01-01' as DATE)
 as "lead_date", cast(null as DATE) as "first_contact_date", cast(null as DATE) as "opportunity_month", cast(null as DATE) as "quoted_month", cast(null as DATE) as "closed_month"
union all
select 
    
    cast('D2' as character varying)
 as "deal_id", 
    
    cast('C2' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "deal_status", cast(null as character varying(256)) as "channel", 
    
    cast(True as BOOLEAN)
 as "is_won", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_closed", cast(null as BOOLEAN) as "is_quoted", 
    
    cast(500 as DECIMAL(38,6))
 as "amount", cast(null as BIGINT) as "sales_cycle_days", 
    
    cast('2025-01-05 10:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", 
    
    cast('2025-02-10 15:00:00' as TIMESTAMP)
 as "won_at", cast(null as TIMESTAMP) as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", 
    
    cast('2025-01-01' as DATE)
 as "lead_date", cast(null as DATE) as "first_contact_date", cast(null as DATE) as "opportunity_month", cast(null as DATE) as "quoted_month", cast(null as DATE) as "closed_month"