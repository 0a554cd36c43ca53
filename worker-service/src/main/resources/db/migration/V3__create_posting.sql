-- Postings of workers to sites (judicial offices, communities, courts, family service centres) for a period,
-- with a fraction of full time. The service refuses postings that would take a worker over full time on any day.
create table posting (
    id                  bigint generated always as identity primary key,
    worker_id           varchar(12)   not null references worker (worker_id),
    site_code           varchar(32)   not null,
    site_kind           varchar(32)   not null,
    starts_on           date          not null,
    ends_on             date,
    fraction            numeric(3, 2) not null,
    contract_id         varchar(40),
    duty_days_per_week  integer       not null,
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    ended_at            timestamptz,
    ended_by            varchar(100),
    version             integer       not null default 0,
    constraint posting_fraction_range check (fraction > 0 and fraction <= 1),
    constraint posting_duty_days_range check (duty_days_per_week between 1 and 7),
    constraint posting_period check (ends_on is null or ends_on >= starts_on)
);

create index posting_worker_idx on posting (worker_id, starts_on);
create index posting_site_idx on posting (site_code, starts_on);
