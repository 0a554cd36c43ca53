-- The data dictionary of notification-service: what every table and column holds, read with \d+ or from
-- pg_description. Repeatable: Flyway runs it again whenever it changes, after the versioned migrations, so it
-- describes the schema they leave. A new table or column gets its comment here (DataDictionaryTest fails otherwise).
-- No ciphertext or blind index here: alerts are made from events, which carry pseudonymous references only
-- (case references, worker ids, agency codes); a person is addressed by their token subject (sub), a pseudonym.

comment on table notification is 'alerts of the in-app inbox, one per (rule, event), addressed to a role (everyone holding it) or to one person';
comment on column notification.id is 'the notification id (a UUID)';
comment on column notification.rule is 'the rule that raised it (e.g. provider-registered)';
comment on column notification.source_event_id is 'CloudEvents id of the event it was raised from; unique with rule, so redeliveries raise nothing twice';
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
