select *
from "off"."main"."int_customers__monthly"
where
    not (abs((new_mrr_amount + reactivated_mrr_amount + churned_mrr_amount + expansion_mrr_amount + contraction_mrr_amount + fx_effect_mrr_amount) - (mrr_amount - previous_mrr_amount)) <= 1e-09 * greatest(1, abs(mrr_amount)))
