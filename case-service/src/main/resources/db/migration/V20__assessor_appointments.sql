-- What case-service knows of worker-service's people's assessor appointments (assessor.appointed on workers.v1): which
-- worker a court appointed, for which term. Hearings accept as lay assessors only workers appointed at the hearing's
-- court on the hearing's day. Keyed by worker-service's appointment id, so that a redelivered event writes the same
-- row again and events of different appointments may arrive in any order.
create table assessor_appointment (
    appointment_id  bigint       primary key,
    worker_id       varchar(12)  not null,
    court_code      varchar(40)  not null,
    first_day       date         not null,
    last_day        date         not null,
    check (first_day <= last_day)
);

-- Is worker W appointed at court C on day D?
create index assessor_appointment_worker_court on assessor_appointment (worker_id, court_code);
