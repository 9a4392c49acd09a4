-- Every landed row of the salesforce opportunities exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- converts money to the reporting currency, hashes personal data and adds the FX rule.
{{ base_landed_rows(
    source('salesforce', 'opportunities'),
    money={'amount_local': 'amount'},
    fx_date='created_at',
    pii={'owner_name': 'owner_hash'}
) }}
