-- One row per response_id: valid rows of base_surveys__nps_responses, the newest export file winning.
{{ stage_survey_responses(ref('base_surveys__nps_responses')) }}
