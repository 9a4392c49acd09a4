
-- Fixture for stg_social__linkedin_page
select 
    
    cast('2025-01-01' as DATE)
 as "stat_date", cast(null as character varying(256)) as "social_platform", 
    
    cast(1000 as BIGINT)
 as "impressions", 
    
    cast(20 as BIGINT)
 as "reactions", 
    
    cast(3 as BIGINT)
 as "comments", 
    
    cast(2 as BIGINT)
 as "shares", 
    
    cast(10 as BIGINT)
 as "new_followers", 
    
    cast(1010 as BIGINT)
 as "followers_total", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
union all
select 
    
    cast('2025-01-02' as DATE)
 as "stat_date", cast(null as character varying(256)) as "social_platform", 
    
    cast(0 as BIGINT)
 as "impressions", 
    
    cast(0 as BIGINT)
 as "reactions", 
    
    cast(0 as BIGINT)
 as "comments", 
    
    cast(0 as BIGINT)
 as "shares", 
    
    cast(20 as BIGINT)
 as "new_followers", 
    
    cast(1030 as BIGINT)
 as "followers_total", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"