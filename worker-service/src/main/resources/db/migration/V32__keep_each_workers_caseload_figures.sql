-- Province scale (issue 16, item 3): the caseload list is sorted by utilisation and allocation ranks by free capacity,
-- which took every worker's cases and postings to answer one page. Each worker's figures are now kept in their
-- capacity_state row, which CapacityWatch already locks and compares at every change of the worker's cases, postings
-- and registration (and CapacityRecheck for the calendar): cases, weighted load, capacity and the utilisation the list
-- sorts by (load / capacity; infinity for a load without capacity, 0 without load). Answers still show the figures
-- counted at the time of the request; the kept ones only choose and order the rows.
alter table capacity_state
    add column cases         integer          not null default 0,
    add column weighted_load numeric(10, 2)   not null default 0,
    add column capacity      numeric(10, 2)   not null default 0,
    add column utilisation   double precision not null default 0;

-- (here rather than in R__data_dictionary, which also runs on databases migrated to an earlier version)
comment on column capacity_state.cases is 'cases the worker carried at the last change of their cases, postings or registration';
comment on column capacity_state.weighted_load is 'sum of the risk weights of those cases';
comment on column capacity_state.capacity is 'capacity of the postings covering the day of the last change or recheck';
comment on column capacity_state.utilisation is 'weighted_load / capacity (infinity for a load without capacity, 0 without load): the order of the caseload list';

-- Every worker has a row from now on (registration creates it; CapacityWatch since V6).
insert into capacity_state (worker_id, exceeded, changed_at)
select worker_id, false, now() from worker
on conflict (worker_id) do nothing;

-- Backfill with the default ratio and weights (20 clients per full-time post; HIGH 1.5, others 1.0): where a
-- deployment configures other ratios or weights, a worker's row takes them at the worker's next change or recheck.
update capacity_state s
   set cases = f.cases, weighted_load = f.load, capacity = f.capacity,
       utilisation = case when f.capacity = 0 then case when f.load = 0 then 0 else 'Infinity'::float8 end
                          else f.load::float8 / f.capacity::float8 end
  from (select w.worker_id,
               coalesce((select count(*) from caseload_case c where c.worker_id = w.worker_id), 0) as cases,
               coalesce((select sum(case when c.risk_level = 'HIGH' then 1.5 else 1.0 end) from caseload_case c
                          where c.worker_id = w.worker_id), 0)::numeric(10, 2) as load,
               coalesce((select sum(20 * p.fraction) from posting p
                          where p.worker_id = w.worker_id
                            and p.starts_on <= (now() at time zone 'Asia/Shanghai')::date
                            and (p.ends_on is null or p.ends_on >= (now() at time zone 'Asia/Shanghai')::date)),
                        0)::numeric(10, 2) as capacity
          from worker w) f
 where f.worker_id = s.worker_id;

-- The caseload list's orders (most loaded first, the default; least loaded first), each ending with the worker id.
create index capacity_state_utilisation_desc_idx on capacity_state (utilisation desc, worker_id);
create index capacity_state_utilisation_idx on capacity_state (utilisation, worker_id);

-- The workers posted at a site: the index holds the worker and the last day too, so that the caseload list by site and
-- allocation's candidates at an office read the index only (before, one table page per posting).
drop index posting_site_idx;
create index posting_site_idx on posting (site_code, starts_on) include (worker_id, ends_on);

-- The totals of the worker list under its filters (status, qualification, front line, agency, specialisation) count
-- this index alone, not the table's rows with their ciphertexts (44 MB at 100,000 workers).
create index worker_list_filter_idx on worker (status, qualification_level, front_line, agency_code)
    include (specialisations);
