-- One row per deal_id: valid rows of base_hubspot__deals, the newest export file winning; a deal
-- of a merged contact belongs to the surviving contact (stg_hubspot__contact_merges).
{{ stage_deals(ref('base_hubspot__deals'), ref('stg_hubspot__contact_merges')) }}
