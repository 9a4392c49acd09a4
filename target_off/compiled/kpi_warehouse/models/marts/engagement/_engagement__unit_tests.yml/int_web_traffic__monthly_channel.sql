
-- Fixture for int_web_traffic__monthly_channel
select 
    
    cast('2025-01-01' as DATE)
 as "period_month", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(100 as BIGINT)
 as "sessions", 
    
    cast(60 as BIGINT)
 as "engaged_sessions", 
    
    cast(40 as BIGINT)
 as "bounced_sessions", 
    
    cast(80 as BIGINT)
 as "unique_visitors", 
    
    cast(50 as BIGINT)
 as "new_visitors", 
    
    cast(240 as BIGINT)
 as "pageviews", cast(null as BIGINT) as "key_events"
union all
select 
    
    cast('2025-01-01' as DATE)
 as "period_month", 
    
    cast('Referral' as character varying)
 as "channel", 
    
    cast(0 as BIGINT)
 as "sessions", 
    
    cast(0 as BIGINT)
 as "engaged_sessions", 
    
    cast(0 as BIGINT)
 as "bounced_sessions", 
    
    cast(0 as BIGINT)
 as "unique_visitors", 
    
    cast(0 as BIGINT)
 as "new_visitors", 
    
    cast(0 as BIGINT)
 as "pageviews", cast(null as BIGINT) as "key_events"