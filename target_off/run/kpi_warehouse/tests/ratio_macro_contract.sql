
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- The ratio macro's contract as a case table (0/0, 5/0, null/3, 0/4, 1/3, 80/1000 -> null, null,
-- null, 0, 0.3333333333, 0.08); returns the cases where actual <> expected.
with cases as (
    select
        contract.numerator,
        contract.denominator,
        contract.expected
    from (
        values
        (0, 0, cast(null as decimal(38, 10))),
        (5, 0, null),
        (null, 3, null),
        (0, 4, 0),
        (1, 3, 0.3333333333),
        (80, 1000, 0.08)
    ) as contract (numerator, denominator, expected)
),

actual as (
    select
        numerator,
        denominator,
        expected,
        case
        when denominator is null or denominator = 0 or numerator is null then null
        else cast(cast(numerator as decimal(38,10)) * 1 / cast(denominator as decimal(38,10)) as decimal(38,10))
    end as actual
    from cases
)

select *
from actual
where not (actual = expected or (actual is null and expected is null))
  
  
      
    ) dbt_internal_test