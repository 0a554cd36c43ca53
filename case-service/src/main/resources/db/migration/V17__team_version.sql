-- The version of a case's correction team, for If-Match on PUT /cases/{reference}/team, kept as case_plan keeps the
-- plan's: one row per case from the first write of its team on. A team set before this migration has no row yet and
-- reads as version 0 until its next write, which creates the row.
create table case_team (
    case_id     bigint       primary key references juvenile_case (id),
    version     integer      not null default 0,
    updated_at  timestamptz  not null,
    updated_by  varchar(255) not null
);
