-- One row per response_id: valid rows of base_surveys__csat_responses, the newest export file winning.
{{ stage_survey_responses(ref('base_surveys__csat_responses')) }}
