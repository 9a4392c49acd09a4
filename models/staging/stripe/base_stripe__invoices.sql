-- Every landed row of the stripe invoices exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- converts money to the reporting currency and adds the FX rule.
{{ base_landed_rows(
    source('stripe', 'invoices'),
    money={'amount_due_local': 'amount_due', 'amount_paid_local': 'amount_paid'},
    fx_date='invoiced_at'
) }}
