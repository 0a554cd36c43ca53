-- Continuing-education records of workers, totalled per year.
create table training (
    id             bigint generated always as identity primary key,
    worker_id      varchar(12)   not null references worker (worker_id),
    topic          varchar(200)  not null,
    provider       varchar(200)  not null,
    training_base  varchar(200),
    hours          numeric(5, 1) not null,
    held_on        date          not null,
    recorded_at    timestamptz   not null,
    recorded_by    varchar(100)  not null,
    constraint training_hours_range check (hours > 0 and hours <= 200),
    constraint training_once unique (worker_id, held_on, topic)
);

-- Appointments of workers as people's assessors (人民陪审员) at courts, for a term.
create table assessor_appointment (
    id            bigint generated always as identity primary key,
    worker_id     varchar(12)  not null references worker (worker_id),
    court_code    varchar(32)  not null,
    appointed_on  date         not null,
    term_ends_on  date         not null,
    status        varchar(16)  not null,
    created_at    timestamptz  not null,
    created_by    varchar(100) not null,
    constraint assessor_term check (term_ends_on > appointed_on)
);

create index assessor_appointment_court_idx on assessor_appointment (court_code, term_ends_on);
create index assessor_appointment_worker_idx on assessor_appointment (worker_id);
