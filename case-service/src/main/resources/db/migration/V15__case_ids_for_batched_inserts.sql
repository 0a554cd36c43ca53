-- A bulk import inserts its cases in JDBC batches, which needs ids before the insert: Hibernate takes them 50 at a
-- time from a plain sequence (pooled) instead of an identity column. The sequence starts above every existing id;
-- ids stay unique and increasing, no longer consecutive.
alter table juvenile_case alter column id drop identity;
create sequence juvenile_case_id_seq increment by 50 owned by juvenile_case.id;
select setval('juvenile_case_id_seq', coalesce((select max(id) from juvenile_case), 0) + 50);
