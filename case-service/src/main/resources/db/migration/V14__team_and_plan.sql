-- The correction team of a case: workers (by worker id) and the people around the juvenile (officer, guardian,
-- school contact), whose names and phones are personal data held as AES-GCM tokens. Replaced as a whole by PUT.
create table case_team_member (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references juvenile_case (id),
    position      integer      not null,
    role          varchar(16)  not null check (role in ('WORKER', 'OFFICER', 'GUARDIAN', 'SCHOOL_CONTACT')),
    worker_id     varchar(12),
    name_cipher   text,
    phone_cipher  text,
    check ((role = 'WORKER') = (worker_id is not null)),
    check ((role = 'WORKER') = (name_cipher is null)),
    unique (case_id, position)
);

-- Is worker W on the team of case C (the conflict check of hearings)?
create index case_team_member_worker on case_team_member (case_id, worker_id) where worker_id is not null;

-- The individual correction plan of a case: its goals with their progress, versioned for If-Match.
create table case_plan (
    case_id     bigint       primary key references juvenile_case (id),
    version     integer      not null default 0,
    updated_at  timestamptz  not null,
    updated_by  varchar(255) not null
);

-- A goal's title is free text that may name people: an AES-GCM token.
create table case_plan_goal (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references case_plan (case_id),
    position      integer      not null,
    title_cipher  text         not null,
    area          varchar(24)  check (area in ('PSYCHOLOGICAL_SUPPORT', 'BEHAVIOUR_CORRECTION',
                      'EMPLOYMENT_ASSISTANCE', 'EDUCATION', 'FAMILY_RELATIONS', 'LEGAL_EDUCATION',
                      'COMMUNITY_SERVICE')),
    target_date   date,
    progress      integer      not null check (progress between 0 and 100),
    status        varchar(10)  not null check (status in ('OPEN', 'ACHIEVED', 'DROPPED')),
    unique (case_id, position)
);
