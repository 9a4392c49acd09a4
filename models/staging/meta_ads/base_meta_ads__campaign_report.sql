-- Every landed row of the meta_ads campaign_report exports: the landing step (landing/) parsed the text with the
-- rule book (landing/rulebook.py) and set _is_layout_row and _reject_reason; this model
-- converts money to the reporting currency and adds the FX rule.
{{ base_landed_rows(
    source('meta_ads', 'campaign_report'),
    money={'spend_amount_local': 'spend_amount', 'conversion_value_local': 'conversion_value_amount'},
    fx_date='period_start'
) }}
