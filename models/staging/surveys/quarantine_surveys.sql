-- Rows of surveys exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.
{{ quarantine_rows([ref('base_surveys__brand_awareness'), ref('base_surveys__csat_responses'), ref('base_surveys__nps_responses')]) }}
