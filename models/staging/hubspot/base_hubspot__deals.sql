-- Every landed row of the hubspot deals exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- converts money to the reporting currency, hashes personal data and adds the FX rule. The amount
-- converted is amount_basis: HubSpot's Amount in company currency when the export has it (in the
-- hubspot account currency, basis_currency), else the deal's amount in its own currency.
{{ base_landed_rows(
    source('hubspot', 'deals'),
    money={'amount_basis': 'amount'},
    fx_date='created_at',
    pii={'owner_name': 'owner_hash'},
    currency='basis_currency'
) }}
