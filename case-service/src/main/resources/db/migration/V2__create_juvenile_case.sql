-- Cases of juveniles. Personal data is held only as AES-GCM tokens (v1:<key id>:...), the identity number also as a
-- keyed blind index for finding a juvenile referred again; nothing personal is in clear in this schema.
create table juvenile_case (
    id                      bigint generated always as identity primary key,
    reference               varchar(20)  not null unique,
    case_type               varchar(16)  not null check (case_type in ('CORRECTION', 'PREVENTION')),
    correction_kind         varchar(32)  check (correction_kind in
                                ('PROBATION', 'PAROLE', 'CONTROL', 'TEMPORARY_EXECUTION_OUTSIDE_PRISON')),
    referral_source         varchar(16)  check (referral_source in ('SCHOOL', 'POLICE', 'COMMUNITY')),
    office_code             varchar(40)  not null,
    court_code              varchar(40)  not null,
    period_start            date,
    period_end              date,
    offence_date            date,
    region_code             varchar(6)   not null references region (code),
    grid_code               varchar(40),
    status                  varchar(16)  not null
                                check (status in ('REFERRED', 'INTAKE', 'ACTIVE', 'SUSPENDED', 'CLOSED')),
    closure_reason          varchar(16)  check (closure_reason in ('COMPLETED', 'REVOKED', 'TRANSFERRED', 'OTHER')),
    name_cipher             text         not null,
    identity_number_cipher  text         not null,
    identity_number_index   varchar(64)  not null,
    birth_date_cipher       text         not null,
    phone_cipher            text,
    address_cipher          text,
    guardians_cipher        text,
    created_at              timestamptz  not null,
    created_by              varchar(255) not null,
    updated_at              timestamptz  not null,
    updated_by              varchar(255) not null,
    version                 integer      not null default 0,
    check ((case_type = 'CORRECTION') = (correction_kind is not null)),
    check ((case_type = 'PREVENTION') = (referral_source is not null)),
    check ((status = 'CLOSED') = (closure_reason is not null))
);

-- A judicial officer's list: the cases of their office, newest first.
create index juvenile_case_office_created on juvenile_case (office_code, created_at desc);
-- A court officer's list: the cases their court referred, newest first.
create index juvenile_case_court_created on juvenile_case (court_code, created_at desc);
-- An admin's list, and the default sort of every list.
create index juvenile_case_created on juvenile_case (created_at desc);
-- The status filter of the lists.
create index juvenile_case_status on juvenile_case (status);
-- A juvenile referred again: is there an open case with this blind index?
create index juvenile_case_open_identity on juvenile_case (identity_number_index) where status <> 'CLOSED';

-- Every transition of a case: who, when, why.
create table case_transition (
    id              bigint generated always as identity primary key,
    case_id         bigint       not null references juvenile_case (id),
    from_status     varchar(16)  not null,
    to_status       varchar(16)  not null,
    reason          varchar(500) not null,
    closure_reason  varchar(16),
    changed_at      timestamptz  not null,
    changed_by      varchar(255) not null
);

-- A case's history, oldest first.
create index case_transition_case on case_transition (case_id, changed_at);

-- The last serial of the references of a city in a year; incremented with an upsert, so concurrent referrals
-- of one city queue on the row and never share a serial.
create table case_reference_counter (
    city_prefix  varchar(4) not null,
    year         integer    not null,
    last_serial  integer    not null,
    primary key (city_prefix, year)
);

-- Idempotency-Key of POST /cases, per caller: the hash of the first body and the case it created.
create table case_idempotency (
    caller_subject  varchar(255) not null,
    idempotency_key varchar(100) not null,
    request_hash    varchar(64)  not null,
    case_reference  varchar(20),
    created_at      timestamptz  not null,
    primary key (caller_subject, idempotency_key)
);
