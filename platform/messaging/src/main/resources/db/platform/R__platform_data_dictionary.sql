-- The data dictionary of platform-messaging's tables (outbox and inbox), in every service's database. Repeatable,
-- named apart from the services' R__data_dictionary.sql since Flyway scans db/migration and db/platform together
-- and a repeatable migration's description must be unique.

comment on table outbox_event is 'events written in the business transaction and published to Kafka by OutboxRelay (ADR 0002); sent rows are purged after yjs.outbox.retention';
comment on column outbox_event.id is 'relay order within a message key';
comment on column outbox_event.event_id is 'CloudEvents id of the event';
comment on column outbox_event.topic is 'Kafka topic it goes to (e.g. cases.v1)';
comment on column outbox_event.message_key is 'Kafka key: the envelope subject, the aggregate id (a pseudonymous reference or an agency code)';
comment on column outbox_event.type is 'event type (e.g. case.assigned)';
comment on column outbox_event.payload is 'the CloudEvents envelope as published; pseudonymous references only, never personal data';
comment on column outbox_event.headers is 'Kafka headers, name to string value';
comment on column outbox_event.created_at is 'when the event was written';
comment on column outbox_event.sent_at is 'when the broker acknowledged it; null while pending';
comment on column outbox_event.attempts is 'failed attempts to publish it';
comment on column outbox_event.last_error is 'the error of the last failed attempt';

comment on table processed_event is 'event ids each consumer has processed, written in the same transaction as the effect (EventInbox), so that a redelivered event changes nothing';
comment on column processed_event.consumer is 'the consuming handler (e.g. worker-roster, caseload)';
comment on column processed_event.event_id is 'CloudEvents id of the event processed';
comment on column processed_event.processed_at is 'when it was processed';
