
-- Fixture for int_customers__segments
select 
    
    cast('a' as character varying)
 as "customer_id", 
    
    cast('all' as character varying)
 as "segment_type", 
    
    cast('all' as character varying)
 as "segment"
union all
select 
    
    cast('a' as character varying)
 as "customer_id", 
    
    cast('channel' as character varying)
 as "segment_type", 
    
    cast('Email' as character varying)
 as "segment"
union all
select 
    
    cast('a' as character varying)
 as "customer_id", 
    
    cast('country' as character varying)
 as "segment_type", 
    
    cast('US' as character varying)
 as "segment"
union all
select 
    
    cast('b' as character varying)
 as "customer_id", 
    
    cast('all' as character varying)
 as "segment_type", 
    
    cast('all' as character varying)
 as "segment"
union all
select 
    
    cast('b' as character varying)
 as "customer_id", 
    
    cast('channel' as character varying)
 as "segment_type", 
    
    cast('Email' as character varying)
 as "segment"
union all
select 
    
    cast('b' as character varying)
 as "customer_id", 
    
    cast('country' as character varying)
 as "segment_type", 
    
    cast('US' as character varying)
 as "segment"
union all
select 
    
    cast('c' as character varying)
 as "customer_id", 
    
    cast('all' as character varying)
 as "segment_type", 
    
    cast('all' as character varying)
 as "segment"
union all
select 
    
    cast('c' as character varying)
 as "customer_id", 
    
    cast('channel' as character varying)
 as "segment_type", 
    
    cast('Events' as character varying)
 as "segment"
union all
select 
    
    cast('c' as character varying)
 as "customer_id", 
    
    cast('country' as character varying)
 as "segment_type", 
    
    cast('FR' as character varying)
 as "segment"