-- The purchasing departments, the provider agencies known from worker-service's events, and the service-purchase
-- contracts between them: each contract's terms as numbered versions (version 1 as awarded, each amendment the next)
-- and its status changes with who, when and why. Money is numeric(14,2) CNY, never floating point.
create table purchasing_department (
    code        varchar(40)  primary key,
    name        varchar(200) not null,
    kind        varchar(30)  not null check (kind in ('JUSTICE_BUREAU', 'CIVIL_AFFAIRS_BUREAU', 'YOUTH_LEAGUE_COMMITTEE')),
    region_code varchar(6)     not null check (region_code ~ '^[1-9][0-9]{5}$'),
    created_at  timestamptz  not null,
    created_by  varchar(100) not null
);

-- A replica of worker-service's agencies from agency.registered (never its tables).
create table provider (
    credit_code   varchar(18)     primary key,
    name          varchar(200) not null,
    region_code   varchar(6)     not null,
    status        varchar(20)  not null,
    registered_at timestamptz  not null
);

create table service_contract (
    id             uuid         primary key,
    number         varchar(40)  not null unique,
    title          varchar(200) not null,
    purchaser_code varchar(40)  not null references purchasing_department (code),
    provider_code  varchar(18)     not null references provider (credit_code),
    purchase_mode  varchar(20)  not null check (purchase_mode in ('BY_POST', 'BY_PROJECT')),
    service_type   varchar(40)  not null check (service_type in ('JUDICIAL_SOCIAL_WORK', 'YOUTH_AFFAIRS_SOCIAL_WORK')),
    status         varchar(20)  not null check (status in ('DRAFT', 'AWARDED', 'ACTIVE', 'CLOSED', 'TERMINATED')),
    terms_version  integer      not null check (terms_version > 0),
    revision       bigint       not null,
    created_at     timestamptz  not null,
    created_by     varchar(100) not null
);
create index service_contract_purchaser on service_contract (purchaser_code, created_at desc);
create index service_contract_provider on service_contract (provider_code, created_at desc);

create table contract_terms (
    contract_id             uuid          not null references service_contract (id),
    version                 integer       not null check (version > 0),
    period_start            date          not null,
    period_end              date          not null,
    funded_posts            integer       not null check (funded_posts > 0),
    unit_cost_per_post_year numeric(14,2) not null check (unit_cost_per_post_year > 0),
    client_ratio            integer       not null check (client_ratio > 0),
    budget                  numeric(14,2) not null check (budget > 0),
    fiscal_amount           numeric(14,2) not null check (fiscal_amount >= 0),
    charitable_amount       numeric(14,2) not null check (charitable_amount >= 0),
    other_amount            numeric(14,2) not null check (other_amount >= 0),
    sites                   varchar(40)[] not null check (cardinality(sites) > 0),
    reason                  varchar(1000),
    changed_at              timestamptz   not null,
    changed_by              varchar(100)  not null,
    primary key (contract_id, version),
    check (period_end >= period_start),
    check (fiscal_amount + charitable_amount + other_amount = budget),
    check ((version = 1) = (reason is null))
);
create index contract_terms_sites on contract_terms using gin (sites);

create table contract_status_change (
    id          bigint       generated always as identity primary key,
    contract_id uuid         not null references service_contract (id),
    from_status varchar(20),
    to_status   varchar(20)  not null,
    reason      varchar(1000),
    changed_at  timestamptz  not null,
    changed_by  varchar(100) not null
);
create index contract_status_change_contract on contract_status_change (contract_id, id);

-- Instalments of a contract's payment, each tied to a milestone, planned and then paid.
create table contract_payment (
    id             uuid          primary key,
    contract_id    uuid          not null references service_contract (id),
    instalment     integer       not null check (instalment > 0),
    milestone      varchar(20)   not null check (milestone in ('SIGNING', 'MID_TERM', 'FINAL')),
    planned_amount numeric(14,2) not null check (planned_amount > 0),
    planned_on     date          not null,
    paid_amount    numeric(14,2) check (paid_amount > 0),
    paid_on        date,
    created_at     timestamptz   not null,
    created_by     varchar(100)  not null,
    paid_at        timestamptz,
    paid_by        varchar(100),
    unique (contract_id, instalment),
    check ((paid_amount is null) = (paid_on is null))
);

-- Third-party performance evaluations: five weighted indicators scored to 100.
create table contract_evaluation (
    id                  uuid          primary key,
    contract_id         uuid          not null references service_contract (id),
    evaluator           varchar(200)  not null,
    evaluated_on        date          not null,
    input_weight        integer       not null check (input_weight between 0 and 100),
    input_score         numeric(5,2)  not null check (input_score between 0 and 100),
    process_weight      integer       not null check (process_weight between 0 and 100),
    process_score       numeric(5,2)  not null check (process_score between 0 and 100),
    output_weight       integer       not null check (output_weight between 0 and 100),
    output_score        numeric(5,2)  not null check (output_score between 0 and 100),
    outcome_weight      integer       not null check (outcome_weight between 0 and 100),
    outcome_score       numeric(5,2)  not null check (outcome_score between 0 and 100),
    satisfaction_weight integer       not null check (satisfaction_weight between 0 and 100),
    satisfaction_score  numeric(5,2)  not null check (satisfaction_score between 0 and 100),
    score               numeric(5,2)  not null check (score between 0 and 100),
    rating              varchar(20)   not null check (rating in ('EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED')),
    rectification_plan  varchar(4000),
    barred_until        date,
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    check (input_weight + process_weight + output_weight + outcome_weight + satisfaction_weight = 100)
);
create index contract_evaluation_contract on contract_evaluation (contract_id, evaluated_on);

-- Notices raised once per contract, kind and mark (expiring in 90 or 30 days, budget at 80 or 100 per cent, an
-- understaffing episode): the primary key makes a second replica's attempt a no-op.
create table contract_notice (
    contract_id uuid         not null references service_contract (id),
    kind        varchar(20)  not null check (kind in ('EXPIRING', 'BUDGET_THRESHOLD', 'UNDERSTAFFED')),
    mark        varchar(40)  not null,
    noticed_at  timestamptz  not null,
    primary key (contract_id, kind, mark)
);
