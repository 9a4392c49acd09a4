-- One row per deal_id: valid rows of base_salesforce__opportunities, the newest export file winning.
{{ stage_deals(ref('base_salesforce__opportunities')) }}
