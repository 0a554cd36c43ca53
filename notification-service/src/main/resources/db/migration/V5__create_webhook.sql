-- Issue 14, item 3: partner systems' webhooks, each receiving the alerts of one (role, scope), signed with its own
-- secret; and the start of a delivery's retry window, which a replay opens anew.
create table webhook (
    id               uuid          primary key,
    url              varchar(2000) not null,
    recipient_role   varchar(64)   not null,
    recipient_scope  varchar(100),
    rules            jsonb         not null default '[]'::jsonb,
    description      varchar(500),
    status           varchar(16)   not null,
    secret           varchar(100)  not null,
    secret_hint      varchar(4)    not null,
    created_by       varchar(100)  not null,
    created_at       timestamptz   not null,
    deactivated_at   timestamptz,
    version          integer       not null default 0,
    constraint webhook_status check (status in ('ACTIVE', 'INACTIVE'))
);

create index webhook_recipient_idx on webhook (recipient_role, recipient_scope) where status = 'ACTIVE';
create index webhook_created_by_idx on webhook (created_by, created_at desc);

alter table delivery add column retry_from timestamptz;
