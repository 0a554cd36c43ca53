-- Cost estimates that procurement officers asked for, kept so that a contract can cite the estimate it was
-- budgeted from.
create table cost_estimate (
    id                      uuid          primary key,
    expected_clients        integer       not null check (expected_clients > 0),
    client_ratio            integer       not null check (client_ratio > 0),
    unit_cost_per_post_year numeric(12,2) not null check (unit_cost_per_post_year > 0),
    period_start            date          not null,
    period_end              date          not null,
    months                  integer       not null check (months > 0),
    funded_posts            integer       not null,
    budget                  numeric(14,2) not null,
    cost_per_client_year    numeric(12,2) not null,
    created_at              timestamptz   not null,
    created_by              varchar(100)  not null,
    check (period_end > period_start)
);
