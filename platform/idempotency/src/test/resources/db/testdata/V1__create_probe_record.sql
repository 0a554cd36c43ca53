-- What the probe resource of the tests creates, once per Idempotency-Key.
create table probe_record (
    id    bigint generated always as identity primary key,
    label text not null
);
