-- Event ids each consumer has processed, written in the same transaction as the effect (EventInbox).
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
