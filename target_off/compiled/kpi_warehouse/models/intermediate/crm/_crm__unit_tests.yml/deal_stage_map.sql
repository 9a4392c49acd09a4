
-- Fixture for deal_stage_map
select 
    
    cast('hubspot' as character varying)
 as "source_system", 
    
    cast('Appointment Scheduled' as character varying)
 as "deal_stage", 
    
    cast(1 as INTEGER)
 as "stage_order", 
    
    cast('opportunity' as character varying)
 as "funnel_step"
union all
select 
    
    cast('hubspot' as character varying)
 as "source_system", 
    
    cast('Presentation Scheduled' as character varying)
 as "deal_stage", 
    
    cast(3 as INTEGER)
 as "stage_order", 
    
    cast('opportunity' as character varying)
 as "funnel_step"
union all
select 
    
    cast('hubspot' as character varying)
 as "source_system", 
    
    cast('Decision Maker Bought-In' as character varying)
 as "deal_stage", 
    
    cast(4 as INTEGER)
 as "stage_order", 
    
    cast('opportunity' as character varying)
 as "funnel_step"
union all
select 
    
    cast('hubspot' as character varying)
 as "source_system", 
    
    cast('Contract Sent' as character varying)
 as "deal_stage", 
    
    cast(5 as INTEGER)
 as "stage_order", 
    
    cast('quote' as character varying)
 as "funnel_step"
union all
select 
    
    cast('hubspot' as character varying)
 as "source_system", 
    
    cast('Closed Won' as character varying)
 as "deal_stage", 
    
    cast(6 as INTEGER)
 as "stage_order", 
    
    cast('won' as character varying)
 as "funnel_step"
union all
select 
    
    cast('hubspot' as character varying)
 as "source_system", 
    
    cast('Closed Lost' as character varying)
 as "deal_stage", 
    
    cast(6 as INTEGER)
 as "stage_order", 
    
    cast('lost' as character varying)
 as "funnel_step"
union all
select 
    
    cast('salesforce' as character varying)
 as "source_system", 
    
    cast('Prospecting' as character varying)
 as "deal_stage", 
    
    cast(1 as INTEGER)
 as "stage_order", 
    
    cast('opportunity' as character varying)
 as "funnel_step"
union all
select 
    
    cast('salesforce' as character varying)
 as "source_system", 
    
    cast('Proposal/Price Quote' as character varying)
 as "deal_stage", 
    
    cast(7 as INTEGER)
 as "stage_order", 
    
    cast('quote' as character varying)
 as "funnel_step"
union all
select 
    
    cast('salesforce' as character varying)
 as "source_system", 
    
    cast('Closed Won' as character varying)
 as "deal_stage", 
    
    cast(9 as INTEGER)
 as "stage_order", 
    
    cast('won' as character varying)
 as "funnel_step"