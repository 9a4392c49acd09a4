-- The ratio macro's contract as a case table (0/0, 5/0, null/3, 0/4, 1/3, 80/1000 -> null, null,
-- null, 0, 0.3333333333, 0.08); returns the cases where actual <> expected.
with cases as (
    select 0 as numerator, 0 as denominator, cast(null as decimal(38, 10)) as expected
    union all select 5, 0, null
    union all select null, 3, null
    union all select 0, 4, 0
    union all select 1, 3, 0.3333333333
    union all select 80, 1000, 0.08
),

actual as (
    select
        numerator,
        denominator,
        expected,
        {{ ratio('numerator', 'denominator') }} as actual
    from cases
)

select *
from actual
where not (actual = expected or (actual is null and expected is null))
