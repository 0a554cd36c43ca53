-- Court hearings of a juvenile case and their lay assessors (worker-service's worker ids). An assessor who leads or
-- ever led the case is refused (conflict of interest), checked against case_assignment when the hearing is set.
create table case_hearing (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references juvenile_case (id),
    court_code    varchar(40)  not null,
    scheduled_at  timestamptz  not null,
    created_at    timestamptz  not null,
    created_by    varchar(255) not null
);

-- A case's hearings, soonest first.
create index case_hearing_case on case_hearing (case_id, scheduled_at);

create table case_hearing_assessor (
    hearing_id  bigint      not null references case_hearing (id),
    worker_id   varchar(12) not null,
    primary key (hearing_id, worker_id)
);

-- Who ever led a case: the conflict check of hearings.
create index case_assignment_case_worker on case_assignment (case_id, worker_id);
