-- Every landed row of the mailchimp email_activity exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- hashes personal data.
{{ base_landed_rows(
    source('mailchimp', 'email_activity'),
    pii={'email': 'email_hash'}
) }}
