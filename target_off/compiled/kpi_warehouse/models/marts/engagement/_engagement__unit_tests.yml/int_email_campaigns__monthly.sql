
-- Fixture for int_email_campaigns__monthly
select 
    
    cast('2025-01-01' as DATE)
 as "period_month", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast(2 as BIGINT)
 as "email_campaigns", 
    
    cast(1000 as BIGINT)
 as "emails_sent", 
    
    cast(980 as BIGINT)
 as "emails_delivered", 
    
    cast(20 as BIGINT)
 as "email_bounces", 
    
    cast(245 as BIGINT)
 as "unique_opens", 
    
    cast(49 as BIGINT)
 as "unique_clicks", 
    
    cast(2 as BIGINT)
 as "unsubscribes"