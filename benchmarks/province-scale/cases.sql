-- Province scale (issue 16, item 3): shapes the cases that ProvinceScale referred through POST /case-imports (grid
-- code PROVINCE-GEN, so that no demo case is touched) into a province's working state, with the rows case-service
-- itself would write for it. Run by ProvinceScale over JDBC as case_service_owner, after it has loaded
-- province_office (the 100 offices, index 0-99) and province_agency (the 1,000 agencies, index 0-999, agency 0 the
-- demo agency 52440100MJL123454L). Re-runnable: a case is shaped once (province_shaped).
--
-- Worker n (0-99,999) is W(1000000 + n), of agency n / 100, posted at office n % 100 since 2024-01-01; a case of
-- office o is led by a worker posted there. sw.li (W0001, of the demo agency) leads about 20 cases of JO-440104-01.
-- Statuses: 10 % REFERRED and 5 % INTAKE without a worker; 70 % ACTIVE, 5 % SUSPENDED, 10 % CLOSED with one.
-- Created over the last two years; a correction period starts a week after the referral and lasts a year.
-- Every assigned case has its assignment, one risk assessment (LOW 50 %, MEDIUM 35 %, HIGH 15 %), one service
-- and one completed visit; an open assigned case has one scheduled visit due within the next 30 days (none overdue:
-- case-service's missed-visit detector would turn a hundred thousand of them into visit.missed events and alerts at
-- once, a storm no province has, which would load every service while the lists are measured).

create table if not exists province_shaped (case_id bigint primary key);

create temporary table province_pick on commit drop as
select c.id,
       o.idx                                         as office_index,
       random()                                      as status_draw,
       random()                                      as risk_draw,
       (floor(random() * 1000))::int                 as worker_rank,
       now() - random() * interval '730 days'        as created,
       (floor(random() * 31))::int                   as due_in_days
from juvenile_case c
         join province_office o on o.code = c.office_code
where c.grid_code = 'PROVINCE-GEN'
  and not exists (select 1 from province_shaped s where s.case_id = c.id);

create temporary table province_plan on commit drop as
select p.id,
       p.created,
       case when p.status_draw < 0.10 then 'REFERRED'
            when p.status_draw < 0.15 then 'INTAKE'
            when p.status_draw < 0.85 then 'ACTIVE'
            when p.status_draw < 0.90 then 'SUSPENDED'
            else 'CLOSED' end                                               as status,
       case when p.status_draw < 0.15 then null
            when p.office_index = 9 and p.risk_draw < 0.002 then 'W0001'
            else 'W' || (1000000 + p.office_index + 100 * p.worker_rank) end as worker_id,
       case when p.status_draw < 0.15 then null
            when p.office_index = 9 and p.risk_draw < 0.002 then '52440100MJL123454L'
            else a.credit_code end                                          as agency_id,
       case when p.status_draw < 0.15 then null
            when p.risk_draw < 0.50 then 'LOW'
            when p.risk_draw < 0.85 then 'MEDIUM'
            else 'HIGH' end                                                 as risk_level,
       p.due_in_days
from province_pick p
         join province_agency a on a.idx = p.worker_rank;

update juvenile_case c
set created_at         = p.created,
    updated_at         = p.created,
    period_start       = case when c.case_type = 'CORRECTION' then (p.created + interval '7 days')::date end,
    period_end         = case when c.case_type = 'CORRECTION'
                                  then (p.created + interval '7 days' + interval '1 year' - interval '1 day')::date end,
    offence_date       = case when c.case_type = 'CORRECTION' then (p.created - interval '3 months')::date end,
    status             = p.status,
    closure_reason     = case when p.status = 'CLOSED' then 'COMPLETED' end,
    assigned_worker_id = p.worker_id,
    assigned_agency_id = p.agency_id,
    risk_level         = p.risk_level
from province_plan p
where c.id = p.id;

insert into case_assignment (case_id, worker_id, agency_id, reason, assigned_at, assigned_by, ended_at, ended_by,
                             end_reason)
select p.id, p.worker_id, p.agency_id, 'Province-scale benchmark data', p.created + interval '2 days', 'generator',
       case when p.status = 'CLOSED' then p.created + interval '1 year' end,
       case when p.status = 'CLOSED' then 'generator' end,
       case when p.status = 'CLOSED' then 'CASE_CLOSED' end
from province_plan p
where p.worker_id is not null;

insert into risk_assessment (case_id, level, assessed_at, assessed_by, assessor_worker_id)
select p.id, p.risk_level, p.created + interval '3 days', 'generator', p.worker_id
from province_plan p
where p.worker_id is not null;

insert into service_record (case_id, kind, minutes, delivered_on, worker_id, agency_id, recorded_at, recorded_by)
select p.id, 'BEHAVIOUR_CORRECTION', 60, (p.created + interval '10 days')::date, p.worker_id, p.agency_id,
       p.created + interval '10 days', 'generator'
from province_plan p
where p.worker_id is not null;

insert into case_visit (case_id, status, due_on, worker_id, visited_at, place_kind, recorded_by, closed_at,
                        created_at)
select p.id, 'COMPLETED', (p.created + interval '14 days')::date, p.worker_id, p.created + interval '14 days', 'HOME',
       'generator', p.created + interval '14 days', p.created + interval '3 days'
from province_plan p
where p.worker_id is not null;

-- Due from tomorrow in the service's zone (Asia/Shanghai, whose day starts at 16:00 UTC), so that no generated visit
-- is overdue, whatever the hour of the run: the missed-visit detector would raise them all at once.
insert into case_visit (case_id, status, due_on, worker_id, created_at)
select p.id, 'SCHEDULED', (now() at time zone 'Asia/Shanghai')::date + 1 + p.due_in_days, p.worker_id, p.created + interval '14 days'
from province_plan p
where p.worker_id is not null
  and p.status <> 'CLOSED';

-- The overdue day case-service keeps on the case as its visits change (V36): the day after the scheduled visit's.
update juvenile_case c
set visits_overdue_from = ((now() at time zone 'Asia/Shanghai')::date + 1 + p.due_in_days) + 1
from province_plan p
where c.id = p.id
  and p.worker_id is not null
  and p.status <> 'CLOSED';

-- What case-service knows of the workers from workers.v1: their posting and status.
insert into worker_posting (posting_id, worker_id, agency_id, site_code, first_day)
select 1000000000 + n, 'W' || (1000000 + n), a.credit_code, o.code, date '2024-01-01'
from generate_series(0, 99999) n
         join province_agency a on a.idx = n / 100
         join province_office o on o.idx = n % 100
on conflict (posting_id) do nothing;

insert into worker_status (worker_id, agency_id, status, changed_at)
select 'W' || (1000000 + n), a.credit_code, 'ACTIVE', timestamptz '2024-01-01 00:00+08'
from generate_series(0, 99999) n
         join province_agency a on a.idx = n / 100
on conflict (worker_id) do nothing;

insert into province_shaped (case_id)
select id
from province_plan;
