-- an audit trail as a service declares one: its comment tells the platform's grants that rows are only added
create table test_trail (
    id   bigint generated always as identity primary key,
    what text not null
);
comment on table test_trail is 'append-only: rows are added, never changed or removed';
