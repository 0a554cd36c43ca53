-- The lead social worker of a case (one at a time) and the agency they work for; the assignment history keeps
-- every earlier one. The risk level is the latest assessment's, null until the first.
alter table juvenile_case
    add column assigned_worker_id   varchar(12),
    add column assigned_agency_id   varchar(18),
    add column risk_level           varchar(8) check (risk_level in ('LOW', 'MEDIUM', 'HIGH')),
    add column reassignment_needed  boolean not null default false,
    add check ((assigned_worker_id is null) = (assigned_agency_id is null));

-- A social worker's list: their cases, newest first.
create index juvenile_case_worker_created on juvenile_case (assigned_worker_id, created_at desc)
    where assigned_worker_id is not null;
-- A supervisor's list: the cases of their agency's workers, newest first.
create index juvenile_case_agency_created on juvenile_case (assigned_agency_id, created_at desc)
    where assigned_agency_id is not null;
-- Open cases waiting for a lead worker, per office (what a supervisor of an agency serving the office may pick up).
create index juvenile_case_unassigned_office on juvenile_case (office_code, created_at desc)
    where assigned_worker_id is null and status <> 'CLOSED';

-- Every assignment of a case: who assigned whom, when, why, and when and why it ended.
create table case_assignment (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null references juvenile_case (id),
    worker_id    varchar(12)  not null,
    agency_id    varchar(18)  not null,
    reason       varchar(500) not null,
    assigned_at  timestamptz  not null,
    assigned_by  varchar(255) not null,
    ended_at     timestamptz,
    ended_by     varchar(255),
    end_reason   varchar(20)  check (end_reason in ('REASSIGNED', 'REMOVED', 'CASE_CLOSED')),
    check ((ended_at is null) = (end_reason is null))
);

-- A case's assignment history, oldest first.
create index case_assignment_case on case_assignment (case_id, assigned_at);

-- What case-service knows of worker-service's workers, from the workers.v1 events: postings (which agency serves
-- which office through which worker, when) and the worker's status. Eventually consistent with worker-service.
create table worker_posting (
    posting_id  bigint       primary key,
    worker_id   varchar(12)  not null,
    agency_id   varchar(18)  not null,
    site_code   varchar(40)  not null,
    first_day   date         not null,
    last_day    date
);

-- Is worker W posted at office O today? And which agencies serve office O today?
create index worker_posting_site on worker_posting (site_code, worker_id);

create table worker_status (
    worker_id   varchar(12)  primary key,
    agency_id   varchar(18)  not null,
    status      varchar(12)  not null check (status in ('ACTIVE', 'ON_LEAVE', 'SUSPENDED', 'LEFT')),
    changed_at  timestamptz  not null
);
