select
    'r' || i as response_id,
    'c' || i as customer_id,
    case when i < 50 then 9 + i % 2 when i < 80 then 7 + i % 2 else i % 7 end as score,
    timestamp '2025-02-14 10:00:00' as submitted_at
from (select ones.d + 10 * tens.d as i from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as ones (d) cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as tens (d)) as t