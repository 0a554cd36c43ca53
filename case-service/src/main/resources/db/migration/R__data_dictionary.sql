-- The data dictionary of case-service: what every table and column holds, read with \d+ or from pg_description.
-- Repeatable: Flyway runs it again whenever it changes, after the versioned migrations, so it describes the schema
-- they leave. A new table or column gets its comment here (DataDictionaryTest fails otherwise).
--
-- Words used below:
--   ciphertext  an AES-GCM token of platform-identity, v2:<key id>:<base64url>, bound to its table, column and row
--               (a token copied elsewhere does not decrypt); old rows may hold v1 tokens until re-encrypted.
--               Registered in CipherColumns, rewritten by the key rotation job.
--   blind index a keyed HMAC-SHA256 of a normalised value under a versioned blind-index key, <key id>:<64 hex>
--               (bare 64 hex under the unversioned key of before): finds equal values without storing them.
--   pseudonym   an identifier that names no one by itself: a case reference (GZ-2026-000123), a worker id
--               (W0001) of worker-service, a token subject (sub) of Keycloak.
-- audit_event keeps the comment that begins with append-only: platform-messaging's afterMigrate callback grants
-- the application role SELECT and INSERT only on a table whose comment begins so.

comment on table region is 'GB/T 2260 administrative divisions where the platform runs (Guangdong, its cities served, their districts), seeded by V1';
comment on column region.code is 'six-digit GB/T 2260 division code';
comment on column region.name_zh is 'name in Chinese';
comment on column region.name_en is 'name in English';
comment on column region.level is 'PROVINCE, CITY or DISTRICT';
comment on column region.parent_code is 'the division containing this one (null for the province)';
comment on column region.reference_prefix is 'the city part of case references (GZ in GZ-2026-000123); set on cities only';

comment on table juvenile_case is 'correction and prevention cases of juveniles, one row per case; the juvenile is held only as ciphertext and a blind index, known elsewhere by the pseudonymous reference only';
comment on column juvenile_case.id is 'internal id, from juvenile_case_id_seq taken 50 at a time (V15); never leaves the service';
comment on column juvenile_case.reference is 'pseudonym: the case reference <city prefix>-<year>-<6-digit serial> that partners and events use';
comment on column juvenile_case.case_type is 'CORRECTION (community correction) or PREVENTION (behavioural deviation)';
comment on column juvenile_case.correction_kind is 'PROBATION, PAROLE, CONTROL or TEMPORARY_EXECUTION_OUTSIDE_PRISON; CORRECTION cases only';
comment on column juvenile_case.referral_source is 'SCHOOL, POLICE or COMMUNITY; PREVENTION cases only';
comment on column juvenile_case.office_code is 'the supervising judicial office (scope of judicial officers)';
comment on column juvenile_case.court_code is 'the referring court (scope of court officers)';
comment on column juvenile_case.period_start is 'first day of the correction period';
comment on column juvenile_case.period_end is 'last day of the correction period';
comment on column juvenile_case.offence_date is 'day of the offence (the juvenile was under 18 then); CORRECTION cases only';
comment on column juvenile_case.region_code is 'the district (or district-less city) the case is filed under';
comment on column juvenile_case.grid_code is 'community grid of the juvenile; a quasi-identifier, kept here and never published';
comment on column juvenile_case.status is 'REFERRED, INTAKE, ACTIVE, SUSPENDED or CLOSED';
comment on column juvenile_case.closure_reason is 'COMPLETED, REVOKED, TRANSFERRED or OTHER; set exactly when CLOSED';
comment on column juvenile_case.name_cipher is 'ciphertext of the juvenile''s name, bound to the case reference';
comment on column juvenile_case.identity_number_cipher is 'ciphertext of the juvenile''s resident identity number, bound to the case reference';
comment on column juvenile_case.identity_number_index is 'blind index of the identity number: finds a juvenile referred again (one open case each, unique partial index)';
comment on column juvenile_case.birth_date_cipher is 'ciphertext of the date of birth (taken from the identity number), bound to the case reference';
comment on column juvenile_case.phone_cipher is 'ciphertext of the juvenile''s phone, bound to the case reference';
comment on column juvenile_case.address_cipher is 'ciphertext of the juvenile''s address, bound to the case reference';
comment on column juvenile_case.guardians_cipher is 'ciphertext of the guardians (names and phones, one token for all), bound to the case reference';
comment on column juvenile_case.created_at is 'when the case was referred';
comment on column juvenile_case.created_by is 'pseudonym: token subject of the referring caller';
comment on column juvenile_case.updated_at is 'last change of the row';
comment on column juvenile_case.updated_by is 'pseudonym: token subject of the last caller who changed the row';
comment on column juvenile_case.version is 'optimistic lock, the ETag of the case';
comment on column juvenile_case.assigned_worker_id is 'pseudonym: worker id of the lead social worker (kept after closure); null when none';
comment on column juvenile_case.assigned_agency_id is 'unified social-credit code of the lead worker''s agency (of the posting); null when no lead';
comment on column juvenile_case.risk_level is 'LOW, MEDIUM or HIGH, the latest assessment''s; null until the first';
comment on column juvenile_case.reassignment_needed is 'the lead worker left or was suspended; cleared by the next assignment';
comment on column juvenile_case.sealed_at is 'when the closed case was sealed (Criminal Procedure Law art. 286); null while not sealed';
comment on column juvenile_case.sealed_by is 'pseudonym: token subject of who sealed it';
comment on column juvenile_case.seal_reason is 'why it was sealed: free text in clear, never published';
comment on column juvenile_case.turned_18_on is 'the day the daily check flagged the case, once the month in which the juvenile turned 18 had ended; set once, null until then';
comment on column juvenile_case.visits_overdue_from is 'the first day (Asia/Shanghai) on which the case has an overdue visit as its visits stand: the day after the due day of its scheduled visit, or of a missed visit with no visit completed since, whichever is earlier; null when neither (V36). Overdue today: visits_overdue_from <= today; recounted whenever a visit of the case changes';

comment on table case_transition is 'every status transition of a case: who, when, why';
comment on column case_transition.id is 'internal id';
comment on column case_transition.case_id is 'the case (juvenile_case.id)';
comment on column case_transition.from_status is 'status before';
comment on column case_transition.to_status is 'status after';
comment on column case_transition.reason is 'why: free text in clear, never published';
comment on column case_transition.closure_reason is 'the closure reason of a transition to CLOSED';
comment on column case_transition.changed_at is 'when';
comment on column case_transition.changed_by is 'pseudonym: token subject of the caller';

comment on table case_reference_counter is 'the last serial of case references per city and year, taken with an upsert so that no serial is issued twice';
comment on column case_reference_counter.city_prefix is 'the city prefix of the references (region.reference_prefix)';
comment on column case_reference_counter.year is 'the year of referral, in China';
comment on column case_reference_counter.last_serial is 'the last serial issued';

comment on table case_assignment is 'every assignment of a lead social worker to a case: who assigned whom, when, why, and how it ended';
comment on column case_assignment.id is 'internal id';
comment on column case_assignment.case_id is 'the case (juvenile_case.id)';
comment on column case_assignment.worker_id is 'pseudonym: worker id of the lead worker';
comment on column case_assignment.agency_id is 'unified social-credit code of the agency of the posting';
comment on column case_assignment.reason is 'why: free text in clear, never published';
comment on column case_assignment.assigned_at is 'when the assignment began';
comment on column case_assignment.assigned_by is 'pseudonym: token subject of who assigned';
comment on column case_assignment.ended_at is 'when it ended; null while current';
comment on column case_assignment.ended_by is 'pseudonym: token subject of who ended it';
comment on column case_assignment.end_reason is 'REASSIGNED, REMOVED or CASE_CLOSED';

comment on table worker_posting is 'replica of worker-service''s postings from workers.v1 (worker.posted, worker.posting-ended): which worker of which agency serves which site, when; eventually consistent';
comment on column worker_posting.posting_id is 'worker-service''s posting id';
comment on column worker_posting.worker_id is 'pseudonym: worker id';
comment on column worker_posting.agency_id is 'unified social-credit code of the worker''s agency';
comment on column worker_posting.site_code is 'the site posted at (a judicial office, court, community or centre)';
comment on column worker_posting.first_day is 'first day of the posting';
comment on column worker_posting.last_day is 'last day; null while open-ended';

comment on table worker_status is 'replica of worker-service''s worker statuses from workers.v1 (worker.registered, worker.status-changed)';
comment on column worker_status.worker_id is 'pseudonym: worker id';
comment on column worker_status.agency_id is 'unified social-credit code of the worker''s agency';
comment on column worker_status.status is 'ACTIVE, ON_LEAVE, SUSPENDED or LEFT';
comment on column worker_status.changed_at is 'when worker-service changed it (the epoch when the event did not say)';

comment on table audit_event is 'append-only: who did what to which case, when, why; rows are added, never changed or removed';
comment on column audit_event.id is 'internal id, in order of writing';
comment on column audit_event.occurred_at is 'when the act happened';
comment on column audit_event.action is 'what was done (AuditAction: IDENTITY_REVEALED, CASE_SEALED, CASE_EXPORTED, ...)';
comment on column audit_event.case_reference is 'pseudonym: the case reference acted on';
comment on column audit_event.purpose is 'the purpose stated by the caller, an enum name, never free text';
comment on column audit_event.detail is 'references and enum values only (the refusal rule, an export id, the parts revealed)';
comment on column audit_event.actor_subject is 'pseudonym: token subject (sub) of the caller';
comment on column audit_event.actor_username is 'preferred_username of the caller; null for machine clients';
comment on column audit_event.client_id is 'OAuth client (azp) the caller came through';
comment on column audit_event.correlation_id is 'the gateway''s request id (or the service''s own for a direct call)';

comment on table risk_assessment is 'risk assessments of a case over time; the case''s risk_level is the latest one''s';
comment on column risk_assessment.id is 'internal id, taken before the insert so that the note can be bound to it (V18)';
comment on column risk_assessment.case_id is 'the case (juvenile_case.id)';
comment on column risk_assessment.level is 'LOW, MEDIUM or HIGH';
comment on column risk_assessment.previous_level is 'the case''s level before this assessment; null at the first';
comment on column risk_assessment.note_cipher is 'ciphertext of the assessor''s note (free text that may name people), bound to the case id and this row''s id';
comment on column risk_assessment.assessed_at is 'when';
comment on column risk_assessment.assessed_by is 'pseudonym: token subject of the assessor';
comment on column risk_assessment.assessor_worker_id is 'pseudonym: worker id of the assessor when a social worker assessed; null otherwise';

comment on table risk_assessment_factor is 'the risk factors found by an assessment, one row each';
comment on column risk_assessment_factor.assessment_id is 'the assessment (risk_assessment.id)';
comment on column risk_assessment_factor.factor is 'FAMILY_CONFLICT, SCHOOL_DROPOUT, SUBSTANCE_USE, DELINQUENT_PEERS, PRIOR_OFFENCES, MENTAL_HEALTH or UNEMPLOYMENT';

comment on table case_visit is 'visits of the lead worker: scheduled from the risk level (one open SCHEDULED visit per case) or recorded from the field';
comment on column case_visit.id is 'internal id, taken before the insert so that place and note can be bound to it (V18)';
comment on column case_visit.case_id is 'the case (juvenile_case.id)';
comment on column case_visit.status is 'SCHEDULED, COMPLETED, MISSED or CANCELLED';
comment on column case_visit.due_on is 'the day it is due (Asia/Shanghai); null for a visit recorded without a schedule';
comment on column case_visit.worker_id is 'pseudonym: worker id of the worker it is for (the lead); null when the case had no lead';
comment on column case_visit.visited_at is 'when the visit took place; set exactly when COMPLETED';
comment on column case_visit.place_kind is 'HOME, SCHOOL, OFFICE or PHONE';
comment on column case_visit.place_cipher is 'ciphertext of the place (free text that may name an address), bound to the case id and this row''s id';
comment on column case_visit.note_cipher is 'ciphertext of the visit note (free text that may name people), bound to the case id and this row''s id';
comment on column case_visit.recorded_by is 'pseudonym: token subject of who recorded the visit; null until a worker records it';
comment on column case_visit.closed_at is 'when it stopped being SCHEDULED (completed, missed or cancelled)';
comment on column case_visit.created_at is 'when it was scheduled or recorded';
comment on column case_visit.version is 'optimistic lock, the ETag of the visit';

comment on table service_record is 'services the lead worker delivered to the juvenile, with minutes spent (published as service.recorded)';
comment on column service_record.id is 'internal id, taken before the insert so that the note can be bound to it (V18)';
comment on column service_record.case_id is 'the case (juvenile_case.id)';
comment on column service_record.kind is 'PSYCHOLOGICAL_SUPPORT, BEHAVIOUR_CORRECTION, EMPLOYMENT_ASSISTANCE, EDUCATION, FAMILY_RELATIONS, LEGAL_EDUCATION or COMMUNITY_SERVICE';
comment on column service_record.minutes is 'minutes spent, 1 to 1440';
comment on column service_record.delivered_on is 'the day of the service';
comment on column service_record.worker_id is 'pseudonym: worker id of the lead worker who delivered it';
comment on column service_record.agency_id is 'unified social-credit code of that worker''s agency';
comment on column service_record.note_cipher is 'ciphertext of the note (free text that may name people), bound to the case id and this row''s id';
comment on column service_record.recorded_at is 'when it was recorded';
comment on column service_record.recorded_by is 'pseudonym: token subject of who recorded it';

comment on table case_hearing is 'court hearings of a juvenile case';
comment on column case_hearing.id is 'internal id';
comment on column case_hearing.case_id is 'the case (juvenile_case.id)';
comment on column case_hearing.court_code is 'the court holding the hearing';
comment on column case_hearing.scheduled_at is 'when the hearing takes place';
comment on column case_hearing.created_at is 'when it was set';
comment on column case_hearing.created_by is 'pseudonym: token subject of who set it';

comment on table case_hearing_assessor is 'the lay assessors (people''s assessors) seated on a hearing';
comment on column case_hearing_assessor.hearing_id is 'the hearing (case_hearing.id)';
comment on column case_hearing_assessor.worker_id is 'pseudonym: worker id of the assessor';

comment on table case_team_member is 'the correction team of a case, in order; replaced as a whole';
comment on column case_team_member.id is 'internal id, taken before the insert so that name and phone can be bound to it (V18)';
comment on column case_team_member.case_id is 'the case (juvenile_case.id)';
comment on column case_team_member.position is 'place in the team''s order';
comment on column case_team_member.role is 'WORKER, OFFICER, GUARDIAN or SCHOOL_CONTACT';
comment on column case_team_member.worker_id is 'pseudonym: worker id of a WORKER member; null for the others';
comment on column case_team_member.name_cipher is 'ciphertext of the name of a member who is not a worker, bound to the case id and this row''s id';
comment on column case_team_member.phone_cipher is 'ciphertext of the phone of a member who is not a worker, bound to the case id and this row''s id';

comment on table case_team is 'the version of a case''s correction team, for If-Match; a row from the first write of the team on (V17)';
comment on column case_team.case_id is 'the case (juvenile_case.id)';
comment on column case_team.version is 'optimistic lock, the ETag of the team (0 before the first write)';
comment on column case_team.updated_at is 'last write of the team';
comment on column case_team.updated_by is 'pseudonym: token subject of who wrote it last';

comment on table case_plan is 'the individual correction plan of a case and its version, for If-Match';
comment on column case_plan.case_id is 'the case (juvenile_case.id)';
comment on column case_plan.version is 'optimistic lock, the ETag of the plan (0 before the first write)';
comment on column case_plan.updated_at is 'last write of the plan';
comment on column case_plan.updated_by is 'pseudonym: token subject of who wrote it last';

comment on table case_plan_goal is 'the goals of a correction plan, in order; replaced as a whole';
comment on column case_plan_goal.id is 'internal id, taken before the insert so that the title can be bound to it (V18)';
comment on column case_plan_goal.case_id is 'the plan (case_plan.case_id)';
comment on column case_plan_goal.position is 'place in the plan''s order';
comment on column case_plan_goal.title_cipher is 'ciphertext of the goal''s title (free text that may name people), bound to the case id and this row''s id';
comment on column case_plan_goal.area is 'the service kind the goal belongs to, if any';
comment on column case_plan_goal.target_date is 'the day it should be reached';
comment on column case_plan_goal.progress is 'progress in percent, 0 to 100';
comment on column case_plan_goal.status is 'OPEN, ACHIEVED or DROPPED';

comment on table assessor_appointment is 'replica of worker-service''s lay-assessor appointments from workers.v1 (assessor.appointed): which worker a court appointed, for which term';
comment on column assessor_appointment.appointment_id is 'worker-service''s appointment id';
comment on column assessor_appointment.worker_id is 'pseudonym: worker id of the assessor';
comment on column assessor_appointment.court_code is 'the appointing court';
comment on column assessor_appointment.first_day is 'first day of the term';
comment on column assessor_appointment.last_day is 'last day of the term';
