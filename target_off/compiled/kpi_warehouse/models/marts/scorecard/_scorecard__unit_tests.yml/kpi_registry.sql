
-- Fixture for kpi_registry
select 
    
    cast('unique_visitors' as character varying)
 as "kpi_name", 
    
    cast('engagement' as character varying)
 as "family", cast(null as character varying(256)) as "family_label", cast(null as character varying(256)) as "title", cast(null as character varying(256)) as "mart", cast(null as character varying(256)) as "value_column", 
    
    cast('none' as character varying)
 as "rollup", cast(null as character varying(256)) as "numerator", cast(null as character varying(256)) as "denominator", 
    
    cast(1 as INTEGER)
 as "multiplier", cast(null as character varying(256)) as "formula", cast(null as character varying(256)) as "unit", 
    
    cast('up' as character varying)
 as "direction", cast(null as character varying(256)) as "timing", cast(null as character varying(256)) as "kind", cast(null as character varying(256)) as "source_article", cast(null as character varying(256)) as "kpi_group", cast(null as character varying(256)) as "name_zh_hant", cast(null as character varying(256)) as "name_zh_hans", cast(null as character varying(256)) as "name_ru", cast(null as character varying(256)) as "name_vi"
union all
select 
    
    cast('cost_per_lead' as character varying)
 as "kpi_name", 
    
    cast('lead_generation' as character varying)
 as "family", cast(null as character varying(256)) as "family_label", cast(null as character varying(256)) as "title", cast(null as character varying(256)) as "mart", cast(null as character varying(256)) as "value_column", 
    
    cast('none' as character varying)
 as "rollup", cast(null as character varying(256)) as "numerator", cast(null as character varying(256)) as "denominator", 
    
    cast(1 as INTEGER)
 as "multiplier", cast(null as character varying(256)) as "formula", cast(null as character varying(256)) as "unit", 
    
    cast('down' as character varying)
 as "direction", cast(null as character varying(256)) as "timing", cast(null as character varying(256)) as "kind", cast(null as character varying(256)) as "source_article", cast(null as character varying(256)) as "kpi_group", cast(null as character varying(256)) as "name_zh_hant", cast(null as character varying(256)) as "name_zh_hans", cast(null as character varying(256)) as "name_ru", cast(null as character varying(256)) as "name_vi"