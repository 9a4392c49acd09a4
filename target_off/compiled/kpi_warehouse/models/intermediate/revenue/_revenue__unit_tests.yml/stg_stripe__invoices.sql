
-- Fixture for stg_stripe__invoices
select 
    
    cast('i1' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('a1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(100 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-01-05 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i2' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('a1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(100 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(100 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-02-01 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i3' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('a1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(200 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(200 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-03-01 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i4' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('A' as character varying)
 as "customer_id", 
    
    cast('a2' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(150 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(150 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-05-01 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i5' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('b1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(50 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(50 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-01-10 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i6' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('b1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(80 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(80 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-02-01 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i7' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('B' as character varying)
 as "customer_id", 
    
    cast('b1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('USD' as character varying)
 as "currency", 
    
    cast(60 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(60 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-03-01 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i8' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('C' as character varying)
 as "customer_id", 
    
    cast('c1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('TWD' as character varying)
 as "currency", 
    
    cast(3000 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(93.75 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-01-03 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('i9' as character varying)
 as "invoice_id", cast(null as character varying(256)) as "invoice_number", 
    
    cast('C' as character varying)
 as "customer_id", 
    
    cast('c1' as character varying)
 as "subscription_id", cast(null as character varying(256)) as "invoice_status", 
    
    cast('TWD' as character varying)
 as "currency", 
    
    cast(3000 as DECIMAL(38,6))
 as "amount_due_local", 
    
    cast(75 as DECIMAL(38,6))
 as "amount_due", cast(null as DECIMAL(38,6)) as "amount_paid_local", cast(null as DECIMAL(38,6)) as "amount_paid", 
    
    cast('2025-02-01 10:00:00' as TIMESTAMP)
 as "invoiced_at", cast(null as DATE) as "invoice_date", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"