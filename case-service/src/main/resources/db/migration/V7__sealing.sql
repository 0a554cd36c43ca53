-- Sealing of juvenile records (Criminal Procedure Law art. 286): a closed case can be sealed, once, by its office.
-- A sealed case drops out of every list and lookup; only roles with a legal basis read it, with a stated purpose,
-- each read audited. The reason stays here, never in an event.
alter table juvenile_case
    add column sealed_at    timestamptz,
    add column sealed_by    varchar(255),
    add column seal_reason  varchar(500),
    add check ((sealed_at is null) = (sealed_by is null) and (sealed_at is null) = (seal_reason is null)),
    add check (sealed_at is null or status = 'CLOSED');

-- No new index: every list and lookup adds "sealed_at is null", which the existing indexes of V2 and V5 leave to a
-- filter over the rows they select; sealed cases are a small share of closed ones, so the filter discards few rows.
