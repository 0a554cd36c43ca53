-- Risk assessments of a case over time: level, factors, who assessed, and a note that may name people (AES-GCM
-- token, like the identity fields). The case's risk_level is the latest one's.
create table risk_assessment (
    id                 bigint generated always as identity primary key,
    case_id            bigint       not null references juvenile_case (id),
    level              varchar(8)   not null check (level in ('LOW', 'MEDIUM', 'HIGH')),
    previous_level     varchar(8)   check (previous_level in ('LOW', 'MEDIUM', 'HIGH')),
    note_cipher        text,
    assessed_at        timestamptz  not null,
    assessed_by        varchar(255) not null,
    assessor_worker_id varchar(12)
);

-- A case's assessments, newest first.
create index risk_assessment_case on risk_assessment (case_id, assessed_at desc);

create table risk_assessment_factor (
    assessment_id  bigint      not null references risk_assessment (id),
    factor         varchar(24) not null check (factor in ('FAMILY_CONFLICT', 'SCHOOL_DROPOUT', 'SUBSTANCE_USE',
                       'DELINQUENT_PEERS', 'PRIOR_OFFENCES', 'MENTAL_HEALTH', 'UNEMPLOYMENT')),
    primary key (assessment_id, factor)
);

-- Visits of the lead worker: scheduled from the risk level (due_on, a day in Asia/Shanghai) or recorded from the
-- field without a schedule. Place and note are free text that may name people or addresses: AES-GCM tokens.
create table case_visit (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references juvenile_case (id),
    status        varchar(10)  not null check (status in ('SCHEDULED', 'COMPLETED', 'MISSED', 'CANCELLED')),
    due_on        date,
    worker_id     varchar(12),
    visited_at    timestamptz,
    place_kind    varchar(8)   check (place_kind in ('HOME', 'SCHOOL', 'OFFICE', 'PHONE')),
    place_cipher  text,
    note_cipher   text,
    recorded_by   varchar(255),
    closed_at     timestamptz,
    created_at    timestamptz  not null,
    version       integer      not null default 0,
    check ((status = 'COMPLETED') = (visited_at is not null and place_kind is not null)),
    check (status = 'COMPLETED' or due_on is not null)
);

-- One open scheduled visit per case: a new schedule replaces the open one, never adds a second.
create unique index case_visit_one_scheduled on case_visit (case_id) where status = 'SCHEDULED';
-- A case's visits, newest first.
create index case_visit_case on case_visit (case_id, id desc);
-- The missed-visit detector: scheduled visits past their due day.
create index case_visit_due on case_visit (due_on) where status = 'SCHEDULED';
