-- Events written in the business transaction and published to Kafka by OutboxRelay (ADR 0002).
create table outbox_event (
    id          bigint generated always as identity primary key, -- relay order within a key
    event_id    uuid        not null unique,
    topic       text        not null,
    message_key text        not null,                            -- the envelope subject (aggregate id)
    type        text        not null,
    payload     jsonb       not null,                            -- the CloudEvents envelope
    headers     jsonb       not null default '{}'::jsonb,        -- Kafka headers, name to string value
    created_at  timestamptz not null default now(),
    sent_at     timestamptz,
    attempts    integer     not null default 0,
    last_error  text
);

-- the relay reads only pending rows, the purge only sent ones
create index outbox_event_pending on outbox_event (id) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;
