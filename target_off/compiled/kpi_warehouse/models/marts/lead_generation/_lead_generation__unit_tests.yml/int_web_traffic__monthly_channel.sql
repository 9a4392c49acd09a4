
-- Fixture for int_web_traffic__monthly_channel
select 
    
    cast('2025-01-01' as DATE)
 as "period_month", 
    
    cast('Paid Search' as character varying)
 as "channel", cast(null as BIGINT) as "sessions", cast(null as BIGINT) as "engaged_sessions", cast(null as BIGINT) as "bounced_sessions", cast(null as BIGINT) as "unique_visitors", 
    
    cast(4000 as BIGINT)
 as "new_visitors", cast(null as BIGINT) as "pageviews", cast(null as BIGINT) as "key_events"