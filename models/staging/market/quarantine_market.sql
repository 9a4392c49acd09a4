-- Rows of market exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.
{{ quarantine_rows([ref('base_market__brand_signals'), ref('base_market__market_size')]) }}
