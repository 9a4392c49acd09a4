-- Rows of mailchimp exports that break a row rule: excluded from staging and the marts, kept here
-- with the raw values and the reason. One row per quarantined raw row.
{{ quarantine_rows([ref('base_mailchimp__campaigns'), ref('base_mailchimp__email_activity')]) }}
