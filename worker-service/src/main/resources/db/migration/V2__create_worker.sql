-- Social workers. Name, identity number and phone are stored only encrypted (AES-GCM under a key id, by
-- platform-identity); the identity number also as a keyed HMAC blind index so that a second registration of the
-- same person is found without storing the number in clear.
create table worker (
    worker_id               varchar(12)  primary key,
    agency_code             varchar(18)  not null references agency (credit_code),
    name_cipher             text         not null,
    identity_number_cipher  text         not null,
    identity_number_index   varchar(128) not null,
    phone_cipher            text,
    qualification_level     varchar(32),
    certificate_number      varchar(40),
    certificate_issued_on   date,
    certificate_expires_on  date,
    specialisations         varchar(200) not null default '',
    front_line              boolean      not null,
    status                  varchar(16)  not null,
    created_at              timestamptz  not null,
    created_by              varchar(100) not null,
    updated_at              timestamptz  not null,
    updated_by              varchar(100) not null,
    version                 integer      not null default 0,
    constraint worker_identity_number_index_key unique (identity_number_index),
    constraint worker_qualification_complete check (
        (qualification_level is null and certificate_number is null and certificate_issued_on is null
            and certificate_expires_on is null)
        or (qualification_level is not null and certificate_number is not null and certificate_issued_on is not null
            and certificate_expires_on is not null and certificate_expires_on > certificate_issued_on))
);

create index worker_agency_idx on worker (agency_code);

-- Every status change of a worker, append-only: who, when, why.
create table worker_status_change (
    id           bigint generated always as identity primary key,
    worker_id    varchar(12)  not null references worker (worker_id),
    from_status  varchar(16)  not null,
    to_status    varchar(16)  not null,
    reason       varchar(500) not null,
    changed_at   timestamptz  not null,
    changed_by   varchar(100) not null
);

create index worker_status_change_worker_idx on worker_status_change (worker_id, changed_at);
