-- The data dictionary of worker-service: what every table and column holds, read with \d+ or from pg_description.
-- Repeatable: Flyway runs it again whenever it changes, after the versioned migrations, so it describes the schema
-- they leave. A new table or column gets its comment here (DataDictionaryTest fails otherwise).
--
-- Words used below:
--   ciphertext  an AES-GCM token of platform-identity, v2:<key id>:<base64url>, bound to the worker table, its
--               column and the worker id (a token copied elsewhere does not decrypt); old rows may hold v1 tokens
--               until re-encrypted. Registered in CipherColumns, rewritten by the key rotation job.
--   blind index a keyed HMAC-SHA256 of a normalised value under a versioned blind-index key, <key id>:<64 hex>
--               (bare 64 hex under the unversioned key of before): finds equal values without storing them.
--   pseudonym   an identifier that names no one by itself: a worker id (W0001), a case reference of case-service
--               (GZ-2026-000123), a token subject (sub) of Keycloak.
-- worker_status_change keeps the comment that begins with append-only: platform-messaging's afterMigrate callback
-- grants the application role SELECT and INSERT only on a table whose comment begins so.

comment on table agency is 'social-work agencies bought by the government, known by their unified social-credit code';
comment on column agency.credit_code is 'unified social-credit code (GB 32100), the agency''s public identity';
comment on column agency.name is 'registered name of the organisation';
comment on column agency.region_code is 'GB/T 2260 division code of the region it is registered in';
comment on column agency.status is 'ACTIVE, SUSPENDED or DEREGISTERED';
comment on column agency.created_at is 'when it was registered here';
comment on column agency.created_by is 'pseudonym: token subject of who registered it';
comment on column agency.version is 'optimistic lock';

comment on table worker is 'social workers, each of one agency; name, identity number and phone only as ciphertext, the identity number also as a blind index';
comment on column worker.worker_id is 'pseudonym: the worker id (W and 4 to 9 digits, the agency''s staff number) that events and other services use';
comment on column worker.agency_code is 'unified social-credit code of the worker''s agency (agency.credit_code)';
comment on column worker.name_cipher is 'ciphertext of the worker''s name';
comment on column worker.identity_number_cipher is 'ciphertext of the worker''s resident identity number';
comment on column worker.identity_number_index is 'blind index of the identity number: refuses a second registration of the same person (unique)';
comment on column worker.phone_cipher is 'ciphertext of the worker''s phone';
comment on column worker.qualification_level is 'ASSISTANT_SOCIAL_WORKER, SOCIAL_WORKER or SENIOR_SOCIAL_WORKER; null without a qualification';
comment on column worker.certificate_number is 'number of the qualification certificate';
comment on column worker.certificate_issued_on is 'day the certificate was issued';
comment on column worker.certificate_expires_on is 'day the certificate expires (announced 60 days before)';
comment on column worker.specialisations is 'comma-separated specialisations (JUDICIAL, YOUTH_AFFAIRS, PSYCHOLOGICAL, EMPLOYMENT, FAMILY); empty for none';
comment on column worker.front_line is 'whether the worker works with clients';
comment on column worker.status is 'ACTIVE, ON_LEAVE, SUSPENDED or LEFT (final)';
comment on column worker.created_at is 'when the worker was registered';
comment on column worker.created_by is 'pseudonym: token subject of who registered the worker';
comment on column worker.updated_at is 'last change of the row';
comment on column worker.updated_by is 'pseudonym: token subject of the last caller who changed the row';
comment on column worker.version is 'optimistic lock, the ETag of the worker';

comment on table worker_status_change is 'append-only: every status change of a worker, who, when, why; rows are added, never changed or removed';
comment on column worker_status_change.id is 'internal id';
comment on column worker_status_change.worker_id is 'pseudonym: worker id';
comment on column worker_status_change.from_status is 'status before';
comment on column worker_status_change.to_status is 'status after';
comment on column worker_status_change.reason is 'why: free text in clear, never published';
comment on column worker_status_change.changed_at is 'when';
comment on column worker_status_change.changed_by is 'pseudonym: token subject of who changed it';

comment on table posting is 'postings of workers to sites for a period, with a fraction of full time (at most 1.0 on any day)';
comment on column posting.id is 'the posting id, published in worker.posted';
comment on column posting.worker_id is 'pseudonym: worker id';
comment on column posting.site_code is 'the site: a judicial office, community, court or family service centre code';
comment on column posting.site_kind is 'JUDICIAL_OFFICE, COMMUNITY, COURT or FAMILY_SERVICE_CENTRE';
comment on column posting.starts_on is 'first day';
comment on column posting.ends_on is 'last day; null while open-ended';
comment on column posting.fraction is 'fraction of full time, above 0 and at most 1';
comment on column posting.contract_id is 'the service contract funding the post, if known (its ratio may set capacity)';
comment on column posting.duty_days_per_week is 'duty days per week at the site, 1 to 7';
comment on column posting.created_at is 'when it was recorded';
comment on column posting.created_by is 'pseudonym: token subject of who recorded it';
comment on column posting.ended_at is 'when its end was recorded; null until then';
comment on column posting.ended_by is 'pseudonym: token subject of who recorded the end';
comment on column posting.version is 'optimistic lock';

comment on table training is 'continuing-education records of workers, totalled per year';
comment on column training.id is 'internal id';
comment on column training.worker_id is 'pseudonym: worker id';
comment on column training.topic is 'what the training was about';
comment on column training.provider is 'who gave it';
comment on column training.training_base is 'the training base it took place at, if any';
comment on column training.hours is 'hours, one decimal, above 0 and at most 200';
comment on column training.held_on is 'the day it was held';
comment on column training.recorded_at is 'when it was recorded';
comment on column training.recorded_by is 'pseudonym: token subject of who recorded it';

comment on table assessor_appointment is 'appointments of workers as people''s assessors at courts, for a term (published as assessor.appointed)';
comment on column assessor_appointment.id is 'the appointment id, published in assessor.appointed';
comment on column assessor_appointment.worker_id is 'pseudonym: worker id';
comment on column assessor_appointment.court_code is 'the appointing court';
comment on column assessor_appointment.appointed_on is 'first day of the term';
comment on column assessor_appointment.term_ends_on is 'last day of the term';
comment on column assessor_appointment.status is 'ACTIVE as written (REVOKED is reserved for a revocation); an ACTIVE appointment whose term is over reads as EXPIRED';
comment on column assessor_appointment.created_at is 'when it was recorded';
comment on column assessor_appointment.created_by is 'pseudonym: token subject of who recorded it';

comment on table qualification_expiry_notice is 'one row per certificate whose coming expiry was announced (worker.qualification-expiring), so that each is announced once';
comment on column qualification_expiry_notice.worker_id is 'pseudonym: worker id';
comment on column qualification_expiry_notice.certificate_number is 'the certificate announced';
comment on column qualification_expiry_notice.expires_on is 'its expiry day';
comment on column qualification_expiry_notice.noticed_at is 'when it was announced';

comment on table caseload_case is 'the cases each lead worker carries, projected from case-service''s cases.v1 events; the case only by its pseudonymous reference';
comment on column caseload_case.case_reference is 'pseudonym: case-service''s case reference';
comment on column caseload_case.worker_id is 'pseudonym: worker id of the lead worker (may not be registered here yet)';
comment on column caseload_case.agency_code is 'unified social-credit code of the lead worker''s agency';
comment on column caseload_case.office_code is 'the supervising judicial office of the case';
comment on column caseload_case.case_type is 'CORRECTION or PREVENTION';
comment on column caseload_case.risk_level is 'LOW, MEDIUM or HIGH; null until assessed (weighs in the load)';
comment on column caseload_case.assigned_at is 'when case-service assigned the worker (an older assignment redelivered does not move the case back)';
comment on column caseload_case.updated_at is 'when this row last changed';

comment on table capacity_state is 'per worker: whether last announced over capacity, so that each crossing is announced once; from V32 also the caseload figures of the last change, which order the caseload list and choose allocation candidates';
comment on column capacity_state.worker_id is 'pseudonym: worker id';
comment on column capacity_state.exceeded is 'true after worker.capacity-exceeded, false after worker.capacity-restored';
comment on column capacity_state.changed_at is 'when it was last announced';
-- capacity_state.cases, weighted_load, capacity and utilisation are commented by V32, which adds them: this script also
-- runs on a database migrated to an earlier version (IdempotencyKeyMigrationTest migrates to V30 first).
