-- Every landed row of the finance pnl exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- converts money to the reporting currency and adds the FX rule.
{{ base_landed_rows(
    source('finance', 'pnl'),
    money={'net_sales_local': 'net_sales_amount', 'net_income_local': 'net_income_amount'},
    fx_date='pnl_month'
) }}
