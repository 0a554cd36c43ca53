-- Issue 14, items 3 and 4: what each channel beyond the inbox still has to deliver, once per (alert, channel,
-- recipient), and every attempt it took; the inbox's stream order and the values each channel renders its text from.

-- The stream's order and resume point (Last-Event-ID): assigned at insert, never reused.
alter table notification add column seq bigint generated always as identity;
create unique index notification_seq_idx on notification (seq);

-- What the rule filled into its texts (references, ids, codes, dates; never a juvenile's personal data), so that each
-- channel renders the recipient's language.
alter table notification add column template_values jsonb not null default '{}'::jsonb;

create table delivery (
    id                uuid          primary key,
    notification_id   uuid          not null,
    rule              varchar(64)   not null,
    channel           varchar(16)   not null,
    recipient         varchar(200)  not null,
    status            varchar(16)   not null,
    attempts          integer       not null default 0,
    not_before        timestamptz   not null,
    leased_until      timestamptz,
    created_at        timestamptz   not null,
    finished_at       timestamptz,
    last_status_code  integer,
    last_error        varchar(500),
    version           integer       not null default 0,
    constraint delivery_once_per_alert_channel_and_recipient unique (notification_id, channel, recipient),
    constraint delivery_status check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    constraint delivery_channel check (channel in ('EMAIL', 'WEBHOOK'))
);

create index delivery_due_idx on delivery (not_before) where status = 'PENDING';
create index delivery_recipient_idx on delivery (channel, recipient, created_at desc);

create table delivery_attempt (
    delivery_id   uuid          not null references delivery (id) on delete cascade,
    attempt       integer       not null,
    started_at    timestamptz   not null,
    duration_ms   integer       not null,
    status_code   integer,
    outcome       varchar(16)   not null,
    error         varchar(500),
    primary key (delivery_id, attempt),
    constraint delivery_attempt_outcome check (outcome in ('DELIVERED', 'RETRY', 'FAILED'))
);
