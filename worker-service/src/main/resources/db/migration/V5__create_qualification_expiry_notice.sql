-- One row per certificate whose coming expiry was announced (worker.qualification-expiring). The primary key makes
-- the announcement happen once per certificate, whichever replica's scheduler gets there first.
create table qualification_expiry_notice (
    worker_id           varchar(12) not null references worker (worker_id),
    certificate_number  varchar(40) not null,
    expires_on          date        not null,
    noticed_at          timestamptz not null,
    primary key (worker_id, certificate_number, expires_on)
);
