
-- Fixture for kpi_benchmarks
select cast(null as character varying(256)) as "kpi_name", cast(null as DECIMAL(38,10)) as "benchmark_value", cast(null as character varying(256)) as "segment", cast(null as character varying(256)) as "source_article", cast(null as character varying(256)) as "note"
    limit 0