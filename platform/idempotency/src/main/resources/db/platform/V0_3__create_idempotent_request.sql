-- The Idempotency-Keys of creating POSTs (platform-idempotency, ADR 0009): one row per caller and key, claimed in the
-- transaction that creates, so that a retry answers what the first request created and another request is refused.
-- Named idempotent_request, not idempotency_key: worker-service's V7 created a table of that name, which its V31
-- copies into this one and drops.
create table idempotent_request (
    caller_subject  varchar(255) not null,
    idempotency_key varchar(100) not null,
    operation       text,
    request_hash    varchar(128) not null,
    resource_id     varchar(100),
    created_at      timestamptz  not null default now(),
    primary key (caller_subject, idempotency_key)
);

-- the purge deletes by age
create index idempotent_request_created_at on idempotent_request (created_at);

comment on table idempotent_request is 'Idempotency-Keys of creating POSTs, one per caller and key, claimed in the '
    'creating transaction; purged after yjs.idempotency.retention (platform-idempotency, ADR 0009)';
comment on column idempotent_request.caller_subject is 'the sub claim of the caller that sent the key (a user or '
    'client id, no personal data): keys of different callers never meet';
comment on column idempotent_request.idempotency_key is 'the Idempotency-Key header as sent, 1 to 100 visible ASCII '
    'characters';
comment on column idempotent_request.operation is 'the method and path of the first request (POST /cases/GZ-2026-000123/visits); '
    'null only for keys copied from a service''s former table, which then never match a retry';
comment on column idempotent_request.request_hash is 'hex SHA-256 of the first request body as parsed and written '
    'again as JSON; keys copied from a service''s former table keep their former hash';
comment on column idempotent_request.resource_id is 'the id of what the first request created (reference, id, code), '
    'set in its transaction; a retry answers that resource';
comment on column idempotent_request.created_at is 'when the key was first used; the purge deletes keys older than '
    'the retention';
