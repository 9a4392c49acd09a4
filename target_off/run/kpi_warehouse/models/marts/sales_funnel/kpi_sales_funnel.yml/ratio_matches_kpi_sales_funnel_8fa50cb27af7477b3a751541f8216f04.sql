
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  with recomputed as (
    select
        *,
        mql_to_sql_rate as actual_value,
        case
            when mqls is null or mqls = 0 then null
            else cast(mqls_cohort_sqls as double precision) * 1 / cast(mqls as double precision)
        end as expected_value
    from "off"."marts"."kpi_sales_funnel"
)

select
    *,
    abs(cast(actual_value as double precision) - expected_value) as difference
from recomputed
where
    (actual_value is null) <> (expected_value is null)
    or abs(cast(actual_value as double precision) - expected_value) > 1e-09 * greatest(1, abs(expected_value))

  
  
      
    ) dbt_internal_test