-- What a contract's coverage is computed from, kept from other services' events (never their tables): postings of
-- workers (worker-service), and the cases, service minutes and visits at the sites (case-service). Pseudonymous
-- references only: posting and visit ids, case references, codes of sites and agencies; no person's name.
-- Each row is written so that the same events in any order and any number of deliveries leave the same rows.

-- One row per posting: worker.posted fills it, worker.posting-ended sets its earlier last day; whichever comes first
-- creates it (starts_on stays null until the posting itself is known, and such a row counts for nothing).
create table coverage_posting (
    posting_id      bigint       primary key,
    agency_code     varchar(18)  not null,
    site_code       varchar(40)  not null,
    fraction        numeric(5,4) not null check (fraction > 0 and fraction <= 1),
    contract_number varchar(40),
    starts_on       date,
    posted_last_day date,
    ended_last_day  date,
    updated_at      timestamptz  not null
);
create index coverage_posting_site on coverage_posting (site_code, agency_code);

-- One row per case: where it is and its latest status (the status with the latest time wins).
create table coverage_case (
    reference   varchar(40) primary key,
    office_code varchar(40),
    court_code  varchar(40),
    status      varchar(20) check (status in ('REFERRED', 'INTAKE', 'ACTIVE', 'SUSPENDED', 'CLOSED')),
    status_at   timestamptz,
    updated_at  timestamptz not null,
    check ((status is null) = (status_at is null))
);
create index coverage_case_office on coverage_case (office_code);
create index coverage_case_court on coverage_case (court_code);

-- Minutes of service delivered, one row per service.recorded event.
create table coverage_service (
    event_id     uuid        primary key,
    office_code  varchar(40) not null,
    agency_code  varchar(18) not null,
    delivered_on date        not null,
    minutes      integer     not null check (minutes > 0)
);
create index coverage_service_office on coverage_service (office_code, agency_code, delivered_on);

-- One row per visit with its latest outcome (the outcome recorded last wins).
create table coverage_visit (
    visit_id    bigint      primary key,
    office_code varchar(40) not null,
    visit_on    date        not null,
    outcome     varchar(10) not null check (outcome in ('COMPLETED', 'MISSED')),
    outcome_at  timestamptz not null
);
create index coverage_visit_office on coverage_visit (office_code, visit_on);

-- An episode of a contract's clients above its ratio, open while it lasts: its first day marks the episode's
-- contract.understaffed notice, so that the event is raised once per episode.
create table over_ratio_episode (
    contract_id uuid primary key references service_contract (id),
    since       date not null
);
