-- The data dictionary of notification-service: what every table and column holds, read with \d+ or from
-- pg_description. Repeatable: Flyway runs it again whenever it changes, after the versioned migrations, so it
-- describes the schema they leave. A new table or column gets its comment here (DataDictionaryTest fails otherwise).
-- No ciphertext or blind index here: alerts are made from events, which carry pseudonymous references only
-- (case references, worker ids, agency codes); a person is addressed by their token subject (sub), a pseudonym.

comment on table notification is 'alerts of the in-app inbox, one per (rule, event, recipient), addressed to a role within a scope, to a role (everyone holding it) or to one person';
comment on column notification.id is 'the notification id (a UUID)';
comment on column notification.rule is 'the rule that raised it (e.g. provider-registered)';
comment on column notification.source_event_id is 'CloudEvents id of the event it was raised from; unique with rule and recipient, so redeliveries raise nothing twice';
comment on column notification.recipient_scope is 'the scope claim the role''s holders must carry: worker_id (social-worker), agency_id (agency-supervisor), office_code (judicial-officer), department_code (procurement-officer); null for every holder of the role';
comment on column notification.recipient_role is 'the role whose holders see it; null when addressed to a person';
comment on column notification.recipient_subject is 'pseudonym: token subject of the person it is addressed to; null when addressed to a role';
comment on column notification.severity is 'INFO, WARNING or URGENT';
comment on column notification.title is 'short text shown in the inbox, made from the event (no personal data)';
comment on column notification.body is 'text shown in the inbox, made from the event (no personal data)';
comment on column notification.subject_ref is 'what it is about: a pseudonymous reference or an agency''s credit code';
comment on column notification.created_at is 'when it was raised';
comment on column notification.acknowledged_at is 'when it was first acknowledged; null while open';
comment on column notification.acknowledged_by is 'pseudonym: token subject of who acknowledged it first';
comment on column notification.version is 'optimistic lock';

comment on table directory_worker is 'recipient directory: the agency of each worker, learnt from workers.v1 (worker.registered, worker.status-changed, worker.posted); a later fact by event time wins';
comment on column directory_worker.worker_id is 'pseudonymous worker id (e.g. W0001)';
comment on column directory_worker.agency_code is 'unified social credit code of the worker''s agency';
comment on column directory_worker.status is 'the worker''s status as last learnt (ACTIVE, ON_LEAVE, LEFT...); null when not told';
comment on column directory_worker.learnt_at is 'event time of the fact kept; an older event changes nothing';
comment on table directory_case is 'recipient directory: office, lead worker and agency of each case, learnt from cases.v1 (case.referred, case.assigned, case.unassigned, case.closed)';
comment on column directory_case.reference is 'pseudonymous case reference (e.g. GZ-2026-000123)';
comment on column directory_case.office_code is 'the judicial office in charge of the case';
comment on column directory_case.lead_worker_id is 'the lead social worker; null while unassigned';
comment on column directory_case.lead_agency_code is 'the agency of the lead worker; null while unassigned';
comment on column directory_case.lead_learnt_at is 'event time of the assignment fact kept; an older assignment or unassignment changes nothing';
comment on column directory_case.closed is 'true once case.closed was seen';
comment on column directory_case.learnt_at is 'event time of the latest fact seen about the case';
comment on table directory_contract is 'recipient directory: purchasing department and provider of each contract, learnt from contracts.v1';
comment on column directory_contract.contract_id is 'procurement-service''s contract id (a UUID)';
comment on column directory_contract.number is 'the contract number (e.g. GZ-JUS-2026-001)';
comment on column directory_contract.purchaser_code is 'the purchasing department''s code (department_code of its procurement officers)';
comment on column directory_contract.provider_code is 'the provider agency''s credit code (agency_id of its supervisors)';
comment on column directory_contract.learnt_at is 'event time of the fact kept; an older event changes nothing';
comment on table visit_outcome is 'missed and completed visits per case from cases.v1, to count visits missed in a row (rule visit-missed-twice)';
comment on column visit_outcome.reference is 'pseudonymous case reference';
comment on column visit_outcome.visit_id is 'case-service''s visit id';
comment on column visit_outcome.missed is 'true for visit.missed, false for visit.completed';
comment on column visit_outcome.occurred_at is 'when it happened by the event''s own time (due day of a missed visit, completion time of a completed one)';

comment on column notification.seq is 'the order alerts were stored in; the stream''s event id (Last-Event-ID resumes after it)';
comment on column notification.template_values is 'what the rule filled into the texts (references, ids, codes, dates; no personal data), for rendering in the recipient''s language';

comment on table delivery is 'what a channel beyond the inbox (e-mail, webhook) has to deliver: one row per (alert, channel, recipient), so a redelivered event or a restart never sends twice';
comment on column delivery.id is 'the delivery id (a UUID); sent to partners as the Idempotency-Key they dedupe on';
comment on column delivery.notification_id is 'the alert delivered (no foreign key: the log outlives the purged alert)';
comment on column delivery.rule is 'the rule that raised the alert';
comment on column delivery.channel is 'EMAIL or WEBHOOK';
comment on column delivery.recipient is 'pseudonym: the subscriber''s token subject (EMAIL) or the webhook id (WEBHOOK)';
comment on column delivery.status is 'PENDING (to send, at not_before), DELIVERED, or FAILED (dead-lettered after its retries or refused for good)';
comment on column delivery.attempts is 'attempts made so far';
comment on column delivery.not_before is 'when the next attempt is due (backoff, quiet hours)';
comment on column delivery.leased_until is 'while an attempt is in flight: until when the replica that took it holds it; a later one may take it after';
comment on column delivery.created_at is 'when the alert was planned for this channel';
comment on column delivery.finished_at is 'when it was delivered or given up';
comment on column delivery.last_status_code is 'the last answer''s status (HTTP for webhooks, SMTP reply code for e-mail), if any';
comment on column delivery.last_error is 'why the last attempt failed (no personal data: status, exception class, timeout)';
comment on column delivery.version is 'optimistic lock';

comment on table delivery_attempt is 'the delivery log: every attempt with its timing and outcome, kept longer than the alerts';
comment on column delivery_attempt.delivery_id is 'the delivery attempted';
comment on column delivery_attempt.attempt is 'its number, from 1';
comment on column delivery_attempt.started_at is 'when it started';
comment on column delivery_attempt.duration_ms is 'how long it took, in milliseconds';
comment on column delivery_attempt.status_code is 'the answer''s status (HTTP or SMTP), null without an answer';
comment on column delivery_attempt.outcome is 'DELIVERED, RETRY (failed, tried again later) or FAILED (given up)';
comment on column delivery_attempt.error is 'why it failed (no personal data)';

comment on table webhook is 'a partner system''s webhook: the alerts of one (role, scope) posted to its URL, signed with its secret';
comment on column webhook.id is 'the webhook id (a UUID); the recipient of its deliveries';
comment on column webhook.url is 'where alerts are posted (https; checked against the allow-lists at registration and before every send)';
comment on column webhook.recipient_role is 'the role whose alerts it receives';
comment on column webhook.recipient_scope is 'the scope (worker id, agency, office, court or department code) whose alerts it receives; null: every alert of the role (admins only)';
comment on column webhook.rules is 'the rule names it receives (a JSON array); empty: all';
comment on column webhook.description is 'what it is for, as its registrant wrote it';
comment on column webhook.status is 'ACTIVE, or INACTIVE once deleted (no more deliveries planned; kept for its delivery log)';
comment on column webhook.secret is 'the HMAC-SHA256 key requests are signed with; shown once at registration, never returned or logged after';
comment on column webhook.secret_hint is 'the secret''s last 4 characters, to tell secrets apart';
comment on column webhook.created_by is 'the token subject of the admin or partner client that registered it (a partner sees its own only)';
comment on column webhook.created_at is 'when it was registered';
comment on column webhook.deactivated_at is 'when it was deleted';
comment on column webhook.version is 'optimistic lock';
comment on column delivery.retry_from is 'when the current retry window began (its first attempt, or the replay); after yjs.delivery.retry-for a transient failure is final';

comment on column notification.escalated_from is 'for an escalation: the alert it was raised for, not acknowledged in time (unique: once per alert; no foreign key, the original is purged first); null for an alert raised by a rule';
comment on column notification.escalation_checked_at is 'when the escalation job settled this alert (escalated it, or found no next level to escalate to); null while it may still escalate';
comment on column notification.source_event_id is 'CloudEvents id of the event it was raised from (for an escalation, the id of the alert escalated); unique with rule and recipient, so redeliveries raise nothing twice';
comment on table subscriber is 'a person who set or read their notification preferences (GET/PUT /notification-preferences/me): locale, e-mail, quiet hours';
comment on column subscriber.subject is 'pseudonym: the token subject of the staff member';
comment on column subscriber.locale is 'zh or en: the language of their e-mails';
comment on column subscriber.email is 'the staff member''s e-mail address as they chose it; null: the token''s (token_email)';
comment on column subscriber.token_email is 'the email claim of their token at their last call, used when they chose none';
comment on column subscriber.quiet_start is 'start of their quiet hours (local time in quiet_zone); null: none';
comment on column subscriber.quiet_end is 'end of their quiet hours (local time in quiet_zone, the next day when before quiet_start)';
comment on column subscriber.quiet_zone is 'the time zone id of their quiet hours, e.g. Asia/Shanghai';
comment on column subscriber.updated_at is 'when they last called the preferences endpoint (their roles are as of then)';

comment on table subscriber_role is 'the roles of a subscriber''s token at their last call, with the scope claim of each: whom the EMAIL listener addresses';
comment on column subscriber_role.subject is 'the subscriber';
comment on column subscriber_role.role is 'a realm role, e.g. agency-supervisor';
comment on column subscriber_role.scope is 'the token''s claim that scopes the role (worker_id, agency_id, office_code, department_code); null: none';

comment on table subscription is 'a subscriber''s explicit e-mail choice for one rule; without one, URGENT alerts go by e-mail and others do not';
comment on column subscription.subject is 'the subscriber';
comment on column subscription.rule is 'the rule key, e.g. visit-missed';
comment on column subscription.email is 'true: alerts of the rule by e-mail; false: inbox only';

comment on table visit_reminder is 'visits scheduled in case-service (visit.scheduled) and what became of them, for the visit-reminder rule (one INFO alert to the lead worker the day before the due day)';
comment on column visit_reminder.reference is 'the case reference';
comment on column visit_reminder.visit_id is 'the visit id in case-service';
comment on column visit_reminder.due_on is 'the day the visit is due by (Asia/Shanghai); null when only its outcome is known';
comment on column visit_reminder.worker_id is 'the lead worker the latest visit.scheduled named (null: none), reminded instead of the directory''s';
comment on column visit_reminder.state is 'SCHEDULED (to remind), REMINDED, COMPLETED, MISSED, or CANCELLED (replaced by a later visit or the case closed)';
comment on column visit_reminder.learnt_at is 'the time of the latest event that told about the visit; an older one arriving later changes nothing';
comment on column visit_reminder.reminded_at is 'when the reminder was raised';
