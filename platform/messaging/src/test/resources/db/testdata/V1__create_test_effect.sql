-- what the test consumer does with an event, written in the inbox transaction
create table test_effect (
    seq      bigint generated always as identity primary key,
    event_id uuid not null,
    note     text not null
);
