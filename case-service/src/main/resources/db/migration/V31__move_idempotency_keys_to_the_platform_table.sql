-- The Idempotency-Keys of POST /cases move to platform-idempotency's table (db/platform V0_3, ADR 0009), which every
-- creating POST now uses. The live keys are copied, so that a key used before the upgrade still refers nothing
-- twice: a retry of POST /cases with the same body matches, as the request hash is the same SHA-256 of the request
-- as parsed and written again, and the operation is POST /cases. A key still unused by its creation (no case
-- reference: its request rolled back) holds nothing and is left behind.
insert into idempotent_request (caller_subject, idempotency_key, operation, request_hash, resource_id, created_at)
select caller_subject, idempotency_key, 'POST /cases', request_hash, case_reference, created_at
  from case_idempotency
 where case_reference is not null
on conflict do nothing;

drop table case_idempotency;
