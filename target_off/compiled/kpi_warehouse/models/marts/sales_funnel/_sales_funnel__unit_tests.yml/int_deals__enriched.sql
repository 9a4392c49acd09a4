
-- Fixture for int_deals__enriched
select 
    
    cast('d1' as character varying)
 as "deal_id", cast(null as character varying(256)) as "contact_id", cast(null as character varying(256)) as "source_system", 
    
    cast('T' as character varying)
 as "team_name", cast(null as character varying(256)) as "deal_status", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "is_won", 
    
    cast(False as BOOLEAN)
 as "is_lost", cast(null as BOOLEAN) as "is_closed", 
    
    cast(True as BOOLEAN)
 as "is_quoted", 
    
    cast(1000 as DECIMAL(38,6))
 as "amount", 
    
    cast(9 as BIGINT)
 as "sales_cycle_days", 
    
    cast('2025-01-10 09:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", cast(null as TIMESTAMP) as "won_at", 
    
    cast('2025-01-10 15:00:00' as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as DATE) as "lead_date", cast(null as DATE) as "first_contact_date", 
    
    cast('2025-01-01' as DATE)
 as "opportunity_month", 
    
    cast('2025-01-01' as DATE)
 as "quoted_month", 
    
    cast('2025-01-01' as DATE)
 as "closed_month"
union all
select 
    
    cast('d2' as character varying)
 as "deal_id", cast(null as character varying(256)) as "contact_id", cast(null as character varying(256)) as "source_system", 
    
    cast('T' as character varying)
 as "team_name", cast(null as character varying(256)) as "deal_status", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(False as BOOLEAN)
 as "is_won", 
    
    cast(True as BOOLEAN)
 as "is_lost", cast(null as BOOLEAN) as "is_closed", 
    
    cast(False as BOOLEAN)
 as "is_quoted", 
    
    cast(2000 as DECIMAL(38,6))
 as "amount", 
    
    cast(null as BIGINT)
 as "sales_cycle_days", 
    
    cast('2025-01-15 09:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", cast(null as TIMESTAMP) as "won_at", 
    
    cast('2025-03-05 09:00:00' as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as DATE) as "lead_date", cast(null as DATE) as "first_contact_date", 
    
    cast('2025-01-01' as DATE)
 as "opportunity_month", 
    
    cast(null as DATE)
 as "quoted_month", 
    
    cast('2025-03-01' as DATE)
 as "closed_month"
union all
select 
    
    cast('d3' as character varying)
 as "deal_id", cast(null as character varying(256)) as "contact_id", cast(null as character varying(256)) as "source_system", 
    
    cast('T' as character varying)
 as "team_name", cast(null as character varying(256)) as "deal_status", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "is_won", 
    
    cast(False as BOOLEAN)
 as "is_lost", cast(null as BOOLEAN) as "is_closed", 
    
    cast(True as BOOLEAN)
 as "is_quoted", 
    
    cast(3000 as DECIMAL(38,6))
 as "amount", 
    
    cast(90 as BIGINT)
 as "sales_cycle_days", 
    
    cast('2025-01-20 09:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", cast(null as TIMESTAMP) as "won_at", 
    
    cast('2025-03-20 09:00:00' as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as DATE) as "lead_date", cast(null as DATE) as "first_contact_date", 
    
    cast('2025-01-01' as DATE)
 as "opportunity_month", 
    
    cast('2025-02-01' as DATE)
 as "quoted_month", 
    
    cast('2025-03-01' as DATE)
 as "closed_month"
union all
select 
    
    cast('d4' as character varying)
 as "deal_id", cast(null as character varying(256)) as "contact_id", cast(null as character varying(256)) as "source_system", 
    
    cast('T' as character varying)
 as "team_name", cast(null as character varying(256)) as "deal_status", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(False as BOOLEAN)
 as "is_won", 
    
    cast(False as BOOLEAN)
 as "is_lost", cast(null as BOOLEAN) as "is_closed", 
    
    cast(False as BOOLEAN)
 as "is_quoted", 
    
    cast(4000 as DECIMAL(38,6))
 as "amount", 
    
    cast(null as BIGINT)
 as "sales_cycle_days", 
    
    cast('2025-02-01 09:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", cast(null as TIMESTAMP) as "won_at", 
    
    cast(null as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as DATE) as "lead_date", cast(null as DATE) as "first_contact_date", 
    
    cast('2025-02-01' as DATE)
 as "opportunity_month", 
    
    cast(null as DATE)
 as "quoted_month", 
    
    cast(null as DATE)
 as "closed_month"
union all
select 
    
    cast('d5' as character varying)
 as "deal_id", cast(null as character varying(256)) as "contact_id", cast(null as character varying(256)) as "source_system", 
    
    cast('T' as character varying)
 as "team_name", cast(null as character varying(256)) as "deal_status", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(True as BOOLEAN)
 as "is_won", 
    
    cast(False as BOOLEAN)
 as "is_lost", cast(null as BOOLEAN) as "is_closed", 
    
    cast(True as BOOLEAN)
 as "is_quoted", 
    
    cast(500 as DECIMAL(38,6))
 as "amount", 
    
    cast(30 as BIGINT)
 as "sales_cycle_days", 
    
    cast('2025-03-01 09:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", cast(null as TIMESTAMP) as "won_at", 
    
    cast('2025-03-25 09:00:00' as TIMESTAMP)
 as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", cast(null as DATE) as "lead_date", cast(null as DATE) as "first_contact_date", 
    
    cast('2025-03-01' as DATE)
 as "opportunity_month", 
    
    cast('2025-03-01' as DATE)
 as "quoted_month", 
    
    cast('2025-03-01' as DATE)
 as "closed_month"