-- Rows of hubspot exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.
{{ quarantine_rows([ref('base_hubspot__contacts'), ref('base_hubspot__deal_stage_history'), ref('base_hubspot__deals')]) }}
