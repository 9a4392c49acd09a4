-- One row per deal_id: valid rows of base_hubspot__deals, the newest export file winning.
{{ stage_deals(ref('base_hubspot__deals')) }}
