-- Stands for the migrations a live service database has applied (up to V30) before platform-idempotency came.
create table service_record (
    id bigint primary key
);
