
-- Fixture for int_touchpoints
select 
    
    cast('T0' as character varying)
 as "touch_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "touch_type", 
    
    cast('Events' as character varying)
 as "channel", 
    
    cast('old fair' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "account_name", cast(null as BOOLEAN) as "is_lead_creation", 
    
    cast('2023-11-28 09:00:00' as TIMESTAMP)
 as "touched_at", 
    
    cast('2023-11-28' as DATE)
 as "touch_date"
union all
select 
    
    cast('T1' as character varying)
 as "touch_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "touch_type", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast('brand' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "account_name", cast(null as BOOLEAN) as "is_lead_creation", 
    
    cast('2025-01-01 09:00:00' as TIMESTAMP)
 as "touched_at", 
    
    cast('2025-01-01' as DATE)
 as "touch_date"
union all
select 
    
    cast('T2' as character varying)
 as "touch_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "touch_type", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast('digest' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "account_name", cast(null as BOOLEAN) as "is_lead_creation", 
    
    cast('2025-01-11 09:00:00' as TIMESTAMP)
 as "touched_at", 
    
    cast('2025-01-11' as DATE)
 as "touch_date"
union all
select 
    
    cast('T3' as character varying)
 as "touch_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "touch_type", 
    
    cast('Events' as character varying)
 as "channel", 
    
    cast('webinar' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "account_name", cast(null as BOOLEAN) as "is_lead_creation", 
    
    cast('2025-01-21 00:00:00' as TIMESTAMP)
 as "touched_at", 
    
    cast('2025-01-21' as DATE)
 as "touch_date"
union all
select 
    
    cast('T4' as character varying)
 as "touch_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "touch_type", 
    
    cast('Referral' as character varying)
 as "channel", 
    
    cast('partner' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "account_name", cast(null as BOOLEAN) as "is_lead_creation", 
    
    cast('2025-02-10 09:00:00' as TIMESTAMP)
 as "touched_at", 
    
    cast('2025-02-10' as DATE)
 as "touch_date"
union all
select 
    
    cast('T5' as character varying)
 as "touch_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "touch_type", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast('digest' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "account_name", cast(null as BOOLEAN) as "is_lead_creation", 
    
    cast('2025-03-02 09:00:00' as TIMESTAMP)
 as "touched_at", 
    
    cast('2025-03-02' as DATE)
 as "touch_date"