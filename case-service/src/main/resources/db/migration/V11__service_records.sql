-- Services the lead worker delivered to the juvenile, with the minutes spent (they feed contract performance in
-- procurement-service through service.recorded). The note is free text that may name people: an AES-GCM token.
create table service_record (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references juvenile_case (id),
    kind          varchar(24)  not null check (kind in ('PSYCHOLOGICAL_SUPPORT', 'BEHAVIOUR_CORRECTION',
                      'EMPLOYMENT_ASSISTANCE', 'EDUCATION', 'FAMILY_RELATIONS', 'LEGAL_EDUCATION',
                      'COMMUNITY_SERVICE')),
    minutes       integer      not null check (minutes between 1 and 1440),
    delivered_on  date         not null,
    worker_id     varchar(12)  not null,
    agency_id     varchar(18)  not null,
    note_cipher   text,
    recorded_at   timestamptz  not null,
    recorded_by   varchar(255) not null
);

-- A case's services, newest first.
create index service_record_case on service_record (case_id, delivered_on desc, id desc);
