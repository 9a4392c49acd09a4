
-- Fixture for int_marketing_spend__monthly_channel
select 
    
    cast('2025-01-01' as DATE)
 as "period_start", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast(1000 as DECIMAL(38,6))
 as "marketing_spend_amount"