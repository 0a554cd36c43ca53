-- The cases each lead worker carries, projected from case-service's events on cases.v1 (case.assigned,
-- case.unassigned, case.closed, risk.changed). No foreign key to worker: an event may name a worker who is not
-- registered here yet; the row is kept and counts once the worker is registered.
create table caseload_case (
    case_reference  varchar(40)  primary key,
    worker_id       varchar(12)  not null,
    agency_code     varchar(18)  not null,
    office_code     varchar(32)  not null,
    case_type       varchar(16)  not null,
    risk_level      varchar(8),
    assigned_at     timestamptz  not null,
    updated_at      timestamptz  not null
);

create index caseload_case_worker_idx on caseload_case (worker_id);

-- Whether a worker was last announced over capacity (worker.capacity-exceeded) or back within it
-- (worker.capacity-restored), so that each crossing is announced once. The row is locked while a change of the
-- worker's caseload or postings is compared with it.
create table capacity_state (
    worker_id   varchar(12)  primary key,
    exceeded    boolean      not null,
    changed_at  timestamptz  not null
);
