
-- Fixture for stg_stripe__subscriptions
select 
    
    cast('a1' as character varying)
 as "subscription_id", 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('k1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "plan_id", cast(null as character varying(256)) as "subscription_status", 
    
    cast('month' as character varying)
 as "billing_interval", 
    
    cast('USD' as character varying)
 as "currency", cast(null as BIGINT) as "quantity", cast(null as DECIMAL(38,6)) as "unit_amount_local", cast(null as DECIMAL(38,6)) as "unit_amount", cast(null as TIMESTAMP) as "created_at", 
    
    cast('2025-01-05 10:00:00' as TIMESTAMP)
 as "started_at", 
    
    cast('2025-03-31 12:00:00' as TIMESTAMP)
 as "canceled_at", 
    
    cast('2025-03-31 12:00:00' as TIMESTAMP)
 as "ended_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('a2' as character varying)
 as "subscription_id", 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('k1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "plan_id", cast(null as character varying(256)) as "subscription_status", 
    
    cast('month' as character varying)
 as "billing_interval", 
    
    cast('USD' as character varying)
 as "currency", cast(null as BIGINT) as "quantity", cast(null as DECIMAL(38,6)) as "unit_amount_local", cast(null as DECIMAL(38,6)) as "unit_amount", cast(null as TIMESTAMP) as "created_at", 
    
    cast('2025-05-01 10:00:00' as TIMESTAMP)
 as "started_at", 
    
    cast(null as TIMESTAMP)
 as "canceled_at", 
    
    cast(null as TIMESTAMP)
 as "ended_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('b1' as character varying)
 as "subscription_id", 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('k2' as character varying)
 as "contact_id", cast(null as character varying(256)) as "plan_id", cast(null as character varying(256)) as "subscription_status", 
    
    cast('month' as character varying)
 as "billing_interval", 
    
    cast('USD' as character varying)
 as "currency", cast(null as BIGINT) as "quantity", cast(null as DECIMAL(38,6)) as "unit_amount_local", cast(null as DECIMAL(38,6)) as "unit_amount", cast(null as TIMESTAMP) as "created_at", 
    
    cast('2025-01-10 10:00:00' as TIMESTAMP)
 as "started_at", 
    
    cast(null as TIMESTAMP)
 as "canceled_at", 
    
    cast(null as TIMESTAMP)
 as "ended_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('c1' as character varying)
 as "subscription_id", 
    
    cast('C' as character varying)
 as "customer_id", 
    
    cast(null as character varying(256))
 as "contact_id", cast(null as character varying(256)) as "plan_id", cast(null as character varying(256)) as "subscription_status", 
    
    cast('month' as character varying)
 as "billing_interval", 
    
    cast('TWD' as character varying)
 as "currency", cast(null as BIGINT) as "quantity", cast(null as DECIMAL(38,6)) as "unit_amount_local", cast(null as DECIMAL(38,6)) as "unit_amount", cast(null as TIMESTAMP) as "created_at", 
    
    cast('2025-01-03 10:00:00' as TIMESTAMP)
 as "started_at", 
    
    cast(null as TIMESTAMP)
 as "canceled_at", 
    
    cast(null as TIMESTAMP)
 as "ended_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"