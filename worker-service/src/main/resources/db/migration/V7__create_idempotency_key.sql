-- The Idempotency-Keys of creating POSTs, per caller: a repeat with the same key and request answers with what the
-- first created; the same key with another request is refused. The request is kept only as a keyed fingerprint
-- (HMAC), since a worker's registration carries personal data.
create table idempotency_key (
    caller_subject   varchar(100) not null,
    idempotency_key  varchar(100) not null,
    request_hash     varchar(128) not null,
    resource_id      varchar(40),
    created_at       timestamptz  not null,
    primary key (caller_subject, idempotency_key)
);
