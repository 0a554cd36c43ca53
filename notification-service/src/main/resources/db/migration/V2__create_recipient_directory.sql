-- Issue 14, items 1 and 2: who an alert goes to, learnt from the other services' events (never from their
-- databases). Each fact keeps the event time it was learnt at, so that a later fact wins whatever the delivery order.

-- worker ↔ agency, from workers.v1
create table directory_worker (
    worker_id    varchar(32)  primary key,
    agency_code  varchar(18)  not null,
    status       varchar(32),
    learnt_at    timestamptz  not null
);

-- case reference ↔ judicial office, lead worker and the lead worker's agency, from cases.v1
create table directory_case (
    reference         varchar(32)  primary key,
    office_code       varchar(32),
    lead_worker_id    varchar(32),
    lead_agency_code  varchar(18),
    lead_learnt_at    timestamptz,
    closed            boolean      not null default false,
    learnt_at         timestamptz  not null
);

-- contract ↔ purchasing department and provider, from contracts.v1
create table directory_contract (
    contract_id     uuid         primary key,
    number          varchar(64)  not null,
    purchaser_code  varchar(32)  not null,
    provider_code   varchar(18)  not null,
    learnt_at       timestamptz  not null
);

-- Outcome of each visit of a case (missed or completed), to count the visits missed in a row by their own time.
create table visit_outcome (
    reference    varchar(32)  not null,
    visit_id     bigint       not null,
    missed       boolean      not null,
    occurred_at  timestamptz  not null,
    primary key (reference, visit_id)
);

-- Addressing: a role plus the scope its holders must have (worker id, agency code, office code, department code);
-- no scope means every holder of the role. One alert per (rule, event, recipient).
alter table notification add column recipient_scope varchar(64);
alter table notification drop constraint notification_one_per_rule_and_event;
alter table notification add constraint notification_one_per_rule_event_and_recipient
    unique nulls not distinct (rule, source_event_id, recipient_role, recipient_scope, recipient_subject);
drop index notification_role_idx;
create index notification_role_idx on notification (recipient_role, recipient_scope, created_at desc);
