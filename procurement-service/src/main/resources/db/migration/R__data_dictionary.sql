-- The data dictionary of procurement-service: what every table and column holds, read with \d+ or from
-- pg_description. Repeatable: Flyway runs it again whenever it changes, after the versioned migrations, so it
-- describes the schema they leave. A new table or column gets its comment here (DataDictionaryTest fails otherwise).
-- No personal data: no ciphertext or blind index here; the only pseudonym is the token subject of who asked.

comment on table cost_estimate is 'cost estimates procurement officers asked for, kept so that a contract can cite the estimate it was budgeted from';
comment on column cost_estimate.id is 'the estimate id (a UUID), in its Location';
comment on column cost_estimate.expected_clients is 'clients expected over the period';
comment on column cost_estimate.client_ratio is 'clients per worker (default 20, as in Guangzhou)';
comment on column cost_estimate.unit_cost_per_post_year is 'price of one post for one year, CNY';
comment on column cost_estimate.period_start is 'first day of the period (inclusive)';
comment on column cost_estimate.period_end is 'end of the period (exclusive)';
comment on column cost_estimate.months is 'whole months from period_start to period_end';
comment on column cost_estimate.funded_posts is 'posts to fund: expected_clients divided by client_ratio, rounded up';
comment on column cost_estimate.budget is 'budget of the period, CNY: funded_posts times unit_cost_per_post_year times months divided by 12';
comment on column cost_estimate.cost_per_client_year is 'cost per client and year, CNY';
comment on column cost_estimate.created_at is 'when it was estimated';
comment on column cost_estimate.created_by is 'pseudonym: token subject of who asked for it';

comment on table purchasing_department is 'departments that buy social-work services (justice bureau, civil-affairs bureau, Youth League committee); procurement officers carry the code in their department_code claim';
comment on column purchasing_department.code is 'the department code, e.g. DP-4401-JUSTICE';
comment on column purchasing_department.name is 'the department''s name (an organisation, not a person)';
comment on column purchasing_department.kind is 'JUSTICE_BUREAU, CIVIL_AFFAIRS_BUREAU or YOUTH_LEAGUE_COMMITTEE';
comment on column purchasing_department.region_code is 'administrative division the department serves (six digits; ending 0000 for a province)';
comment on column purchasing_department.created_at is 'when it was registered';
comment on column purchasing_department.created_by is 'pseudonym: token subject of who registered it';

comment on table provider is 'social-work agencies that may provide services: a replica of worker-service''s agency.registered events, never its tables';
comment on column provider.credit_code is 'the agency''s unified social-credit code (18 characters)';
comment on column provider.name is 'the agency''s name (an organisation, not a person)';
comment on column provider.region_code is 'the agency''s region (six digits)';
comment on column provider.status is 'the agency''s status as last announced';
comment on column provider.registered_at is 'time of the agency.registered event';

comment on table service_contract is 'government service-purchase contracts: who buys which social work from which agency; the terms are in contract_terms';
comment on column service_contract.id is 'the contract id (a UUID), in its Location';
comment on column service_contract.number is 'the purchaser''s contract number, e.g. GZ-JUS-2026-001 (postings name it)';
comment on column service_contract.title is 'the contract''s title';
comment on column service_contract.purchaser_code is 'the purchasing department';
comment on column service_contract.provider_code is 'the provider agency''s unified social-credit code';
comment on column service_contract.purchase_mode is 'BY_POST (funded posts) or BY_PROJECT (a project)';
comment on column service_contract.service_type is 'JUDICIAL_SOCIAL_WORK or YOUTH_AFFAIRS_SOCIAL_WORK';
comment on column service_contract.status is 'DRAFT, AWARDED, ACTIVE, CLOSED or TERMINATED; the moves are in contract_status_change';
comment on column service_contract.terms_version is 'the version of contract_terms in force';
comment on column service_contract.revision is 'optimistic lock, the ETag of the contract';
comment on column service_contract.created_at is 'when it was drafted';
comment on column service_contract.created_by is 'pseudonym: token subject of who drafted it';

comment on table contract_terms is 'append-only: every version of a contract''s terms; version 1 as drafted, each amendment the next with its reason';
comment on column contract_terms.contract_id is 'the contract';
comment on column contract_terms.version is 'the version number; amendment n is version n + 1';
comment on column contract_terms.period_start is 'first day of service';
comment on column contract_terms.period_end is 'last day of service (inclusive)';
comment on column contract_terms.funded_posts is 'posts the contract funds';
comment on column contract_terms.unit_cost_per_post_year is 'price of one post for one year, CNY';
comment on column contract_terms.client_ratio is 'clients per worker the posts are funded for';
comment on column contract_terms.budget is 'budget of the contract, CNY';
comment on column contract_terms.fiscal_amount is 'part of the budget from fiscal funds, CNY';
comment on column contract_terms.charitable_amount is 'part of the budget from charitable funds, CNY';
comment on column contract_terms.other_amount is 'part of the budget from other sources, CNY';
comment on column contract_terms.sites is 'judicial office and court codes the contract serves';
comment on column contract_terms.reason is 'why the amendment was made; null for version 1';
comment on column contract_terms.changed_at is 'when this version was made';
comment on column contract_terms.changed_by is 'pseudonym: token subject of who made it';

comment on table contract_status_change is 'append-only: every move of a contract''s status, with who, when and why';
comment on column contract_status_change.id is 'order of the changes';
comment on column contract_status_change.contract_id is 'the contract';
comment on column contract_status_change.from_status is 'status before; null when the contract was drafted';
comment on column contract_status_change.to_status is 'status after';
comment on column contract_status_change.reason is 'why';
comment on column contract_status_change.changed_at is 'when';
comment on column contract_status_change.changed_by is 'pseudonym: token subject of who moved it';

comment on table contract_payment is 'instalments of a contract''s payment, each tied to a milestone: planned, then paid';
comment on column contract_payment.id is 'the payment id (a UUID)';
comment on column contract_payment.contract_id is 'the contract';
comment on column contract_payment.instalment is 'number of the instalment: 1, 2, 3 in the order planned';
comment on column contract_payment.milestone is 'SIGNING, MID_TERM (after an evaluation) or FINAL';
comment on column contract_payment.planned_amount is 'amount planned, CNY';
comment on column contract_payment.planned_on is 'day the payment is planned for';
comment on column contract_payment.paid_amount is 'amount paid, CNY; null until paid';
comment on column contract_payment.paid_on is 'day it was paid; null until paid';
comment on column contract_payment.created_at is 'when it was planned';
comment on column contract_payment.created_by is 'pseudonym: token subject of who planned it';
comment on column contract_payment.paid_at is 'when the payment was recorded';
comment on column contract_payment.paid_by is 'pseudonym: token subject of who recorded the payment';

comment on table contract_evaluation is 'append-only: third-party performance evaluations of contracts, five weighted indicators scored to 100';
comment on column contract_evaluation.id is 'the evaluation id (a UUID)';
comment on column contract_evaluation.contract_id is 'the contract';
comment on column contract_evaluation.evaluator is 'the evaluating organisation (a third party, not a person)';
comment on column contract_evaluation.evaluated_on is 'day of the evaluation';
comment on column contract_evaluation.input_weight is 'weight of the input indicator (the weights add up to 100)';
comment on column contract_evaluation.input_score is 'score of the input indicator, 0 to 100';
comment on column contract_evaluation.process_weight is 'weight of the process indicator';
comment on column contract_evaluation.process_score is 'score of the process indicator, 0 to 100';
comment on column contract_evaluation.output_weight is 'weight of the output indicator';
comment on column contract_evaluation.output_score is 'score of the output indicator, 0 to 100';
comment on column contract_evaluation.outcome_weight is 'weight of the outcome indicator';
comment on column contract_evaluation.outcome_score is 'score of the outcome indicator, 0 to 100';
comment on column contract_evaluation.satisfaction_weight is 'weight of the satisfaction indicator';
comment on column contract_evaluation.satisfaction_score is 'score of the satisfaction indicator, 0 to 100';
comment on column contract_evaluation.score is 'weighted score out of 100, two decimals, half up';
comment on column contract_evaluation.rating is 'EXCELLENT (90 or more), GOOD (80), QUALIFIED (60) or UNQUALIFIED';
comment on column contract_evaluation.rectification_plan is 'the provider''s rectification plan, required below GOOD';
comment on column contract_evaluation.barred_until is 'an UNQUALIFIED rating bars the provider from new awards until this day';
comment on column contract_evaluation.created_at is 'when it was recorded';
comment on column contract_evaluation.created_by is 'pseudonym: token subject of who recorded it';

comment on table contract_notice is 'append-only: notices a contract raised once (expiring, budget threshold, understaffing episode), so that several replicas raise each once';
comment on column contract_notice.contract_id is 'the contract';
comment on column contract_notice.kind is 'EXPIRING, BUDGET_THRESHOLD or UNDERSTAFFED';
comment on column contract_notice.mark is 'which one: days before the end (90, 30), per cent of the budget (80, 100), or the understaffing reason and first day';
comment on column contract_notice.noticed_at is 'when it was raised';

-- Coverage projections (V3): kept from worker-service's and case-service's events, pseudonyms and codes only.
comment on table coverage_posting is 'postings of workers from worker.posted and worker.posting-ended (workers.v1), for the posts a contract has filled; no worker is named';
comment on column coverage_posting.posting_id is 'worker-service''s posting id';
comment on column coverage_posting.agency_code is 'unified social-credit code of the worker''s agency';
comment on column coverage_posting.site_code is 'judicial office, court or other site of the posting';
comment on column coverage_posting.fraction is 'fraction of full time, above 0 and at most 1';
comment on column coverage_posting.contract_number is 'number of the contract funding the post, as the posting names it; null if none';
comment on column coverage_posting.starts_on is 'first day of the posting; null while only its end is known (such a row counts for nothing)';
comment on column coverage_posting.posted_last_day is 'last day as posted; null while open-ended';
comment on column coverage_posting.ended_last_day is 'last day set by worker.posting-ended (the earliest of them); null until ended';
comment on column coverage_posting.updated_at is 'when an event last changed the row';

comment on table coverage_case is 'cases at judicial offices and courts from cases.v1 (case.referred, case.status-changed, case.closed, case.assigned), for a contract''s active clients; pseudonymous references only';
comment on column coverage_case.reference is 'pseudonym: the case reference, e.g. GZ-2026-000123';
comment on column coverage_case.office_code is 'supervising judicial office';
comment on column coverage_case.court_code is 'referring court; null until case.referred arrives';
comment on column coverage_case.status is 'latest status (REFERRED, INTAKE, ACTIVE, SUSPENDED, CLOSED); null while known only from case.assigned';
comment on column coverage_case.status_at is 'when the case took that status: a status of a later time replaces it, an earlier one does not';
comment on column coverage_case.updated_at is 'when an event last changed the row';

comment on table coverage_service is 'minutes of service delivered from service.recorded (cases.v1), one row per event; no case or worker named';
comment on column coverage_service.event_id is 'id of the service.recorded event';
comment on column coverage_service.office_code is 'judicial office of the case served';
comment on column coverage_service.agency_code is 'unified social-credit code of the agency whose worker delivered it';
comment on column coverage_service.delivered_on is 'day of the service';
comment on column coverage_service.minutes is 'minutes spent';

comment on table coverage_visit is 'visits from visit.completed and visit.missed (cases.v1), one row per visit with its latest outcome; no case or worker named';
comment on column coverage_visit.visit_id is 'case-service''s visit id';
comment on column coverage_visit.office_code is 'judicial office of the case visited';
comment on column coverage_visit.visit_on is 'day of the visit: the day it was completed (China time), or the day it was due if missed';
comment on column coverage_visit.outcome is 'COMPLETED or MISSED';
comment on column coverage_visit.outcome_at is 'time of the event that recorded the outcome: a later one replaces it';

comment on table over_ratio_episode is 'a contract whose active clients are above its ratio of filled posts, while that lasts; its first day marks the episode''s contract.understaffed notice';
comment on column over_ratio_episode.contract_id is 'the contract';
comment on column over_ratio_episode.since is 'first day the check found the clients above the ratio';
