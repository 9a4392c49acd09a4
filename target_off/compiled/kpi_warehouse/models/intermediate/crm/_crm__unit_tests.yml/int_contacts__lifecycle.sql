select
    'k' || i as contact_id,
    'Paid Search' as channel,
    date '2025-01-01' as lead_month,
    date '2025-01-01' as mql_month,
    case when i < 39 then date '2025-02-01' end as sql_month,
    case when i < 10 then date '2025-02-01' end as opportunity_month,
    case when i < 4 then date '2025-03-01' end as customer_month,
    true as is_mql,
    i < 39 as is_sql,
    i < 10 as is_opportunity,
    i < 4 as is_customer
from (select ones.d + 10 * tens.d as i from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as ones (d) cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as tens (d)) as t
union all
select 'e1', 'Email', date '2025-02-01', null, null, null, null, false, false, false, false