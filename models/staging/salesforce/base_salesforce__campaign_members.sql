-- Every landed row of the salesforce campaign_members exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- hashes personal data.
{{ base_landed_rows(
    source('salesforce', 'campaign_members'),
    pii={'email': 'email_hash'}
) }}
