-- The Idempotency-Keys of the creating POSTs move to platform-idempotency's table (db/platform V0_3, ADR 0009). The
-- live keys are copied, so that a key used before the upgrade still creates nothing twice. Their fingerprints were
-- blind-index HMACs of the method, path and body, which the platform neither recomputes nor compares (it hashes with
-- SHA-256 and keeps the operation apart): copied without an operation, such a key answers 409 to a retry until it is
-- purged with the other keys after the retention, instead of the first answer. Only the retention (a day) after the
-- upgrade is concerned. A key whose creation never finished (no resource) holds nothing and is left behind.
insert into idempotent_request (caller_subject, idempotency_key, operation, request_hash, resource_id, created_at)
select caller_subject, idempotency_key, null, request_hash, resource_id, created_at
  from idempotency_key
 where resource_id is not null
on conflict do nothing;

drop table idempotency_key;
