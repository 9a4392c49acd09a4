-- Every landed row of the mailchimp email_activity exports: scripts/validate_exports.py parsed the text with the
-- rule book (scripts/export_layouts.py) and set _is_layout_row and _reject_reason; this model
-- hashes personal data.
{{ base_landed_rows(
    source('mailchimp', 'email_activity'),
    pii={'email': 'email_hash'}
) }}
