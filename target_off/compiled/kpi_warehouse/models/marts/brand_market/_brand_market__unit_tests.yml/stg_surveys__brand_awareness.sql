
-- Fixture for stg_surveys__brand_awareness
select 
    
    cast('2025-02-01' as DATE)
 as "quarter_start", 
    
    cast(400 as BIGINT)
 as "respondents", 
    
    cast(80 as BIGINT)
 as "aided_aware", 
    
    cast(20 as BIGINT)
 as "unaided_aware", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"