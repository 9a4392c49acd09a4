select
    'k' || i as contact_id,
    'Paid Search' as channel,
    date '2025-01-01' as lead_month,
    true as is_web_lead,
    50 as lead_score
from (select ones.d + 10 * tens.d as i from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as ones (d) cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as tens (d)) as t
union all
select 'e1', 'Email', date '2025-02-01', true, 70