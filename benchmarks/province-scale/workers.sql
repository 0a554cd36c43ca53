-- Province-scale data for worker-service (issue 16, item 3): 1,000 agencies, 100,000 social workers, each with a
-- posting at a judicial office, a qualification and ~9 cases in the caseload projection (~900,000 cases).
--
-- Run as the owner of worker-service's database (the role Flyway migrates as), after the service migrated it:
--
--   psql -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 15432 -U worker_service_owner -d workers \
--        -v key_file=.local/identity-keys.properties -f benchmarks/province-scale/workers.sql
--
-- (local run: database `workers`, owner role `worker_service_owner`, password `local-demo`; the service runs as
-- `worker_service`). The keys are those the service reads (YJS_IDENTITY_LOCAL_KEY_FILE, or its mounted key file):
-- names, identity numbers and phones are written as the service writes them, AES-256-GCM `v2` tokens bound to their
-- cell under the primary key, and the identity number's blind index under the primary blind-index key, so that the
-- service reads, masks and finds them and its start-up check of keys in use passes. Instead of key_file, the keys can
-- be given one by one: -v identity_key_id=local1 -v identity_key=<base64 of 32 bytes> and either
-- -v blind_index_key=<base64> (unversioned) or -v blind_index_key_id=<id> -v blind_index_key=<base64>.
--
-- Conventions shared with case-service's generator (benchmarks/harness):
--   * worker n (0..99,999) is 'W' || (1000000 + n), of agency number n / 100 (0..999);
--   * agency 0 is the demo agency 52440100MJL123454L (sup.wang's; left as it is when it exists), agency a > 0 is
--     '52440100PRC' || lpad(a, 6, '0') || <GB 32100 check character>, e.g. agency 1 = 52440100PRC000001B;
--   * worker n is posted full time (half time when n % 10 = 0) at office number n % 100 of this list, from
--     district-major, k-minor: for d in 440103, 440104, 440105, 440106, 440111, 440112, 440113, 440114, 440115,
--     440117, 440118 and k in 1..9: 'JO-' || d || '-0' || k (offices 0..98), then JO-440303-01 (office 99). So
--     office 0 is JO-440103-01, office 8 JO-440103-09, office 9 JO-440104-01 (jo.zhao's), office 98 JO-440118-09.
--   * cases come from the staging table province_case_assignment (below), which case-service's generator fills
--     before this script runs; when it is empty, this script fills it with 9 synthetic cases per worker
--     (references PRV-2026-000000 .. PRV-2026-899999, at the worker's office), so that it also runs alone.
--
-- Re-runnable: it first deletes what an earlier run generated (workers W1000000 .. W1099999 and everything of
-- theirs, agencies 52440100PRC*), then generates everything again; the staging table is kept. It takes about a
-- minute for 100,000 workers. Nothing is published (no outbox rows): the other services get their side of the same
-- data from their own generators. pgcrypto is used and removed again unless it was already installed.

\set QUIET on
\set ON_ERROR_STOP on
\timing off

\if :{?workers}
\else
\set workers 100000
\endif

\if :{?key_file}
\set identity_key_id `sed -n 's/^primary-key-id[=:]//p' :'key_file' | tr -d '\\\\ '`
\set identity_key `id=$(sed -n 's/^primary-key-id[=:]//p' :'key_file' | tr -d '\\\\ '); sed -n "s/^keys\\.$id[=:]//p" :'key_file' | tr -d '\\\\ '`
\set blind_index_key_id `sed -n 's/^blind-index-primary-key-id[=:]//p' :'key_file' | tr -d '\\\\ '`
\set blind_index_key `id=$(sed -n 's/^blind-index-primary-key-id[=:]//p' :'key_file' | tr -d '\\\\ '); if [ -n "$id" ]; then sed -n "s/^blind-index-keys\\.$id[=:]//p" :'key_file'; else sed -n 's/^blind-index-key[=:]//p' :'key_file'; fi | tr -d '\\\\ '`
\endif
\if :{?blind_index_key_id}
\else
\set blind_index_key_id ''
\endif

-- the staging table of case-service's generator (see the header)
create table if not exists province_case_assignment (
    case_reference  varchar(40),
    case_type       varchar(16),
    risk_level      varchar(8),
    worker_id       varchar(12),
    agency_id       varchar(18),
    office_code     varchar(32),
    assigned_at     timestamptz
);

begin;

select not exists (select 1 from pg_extension where extname = 'pgcrypto') as own_pgcrypto \gset
\if :own_pgcrypto
create schema province_scale_pgcrypto;
create extension pgcrypto schema province_scale_pgcrypto;
set search_path = public, province_scale_pgcrypto;
\endif

create temp table province_keys on commit drop as
select cast(:'identity_key_id' as text) as key_id, decode(:'identity_key', 'base64') as key,
       cast(:'blind_index_key_id' as text) as index_key_id, decode(:'blind_index_key', 'base64') as index_key;

do $check$
declare
    k province_keys;
begin
    select * into k from province_keys;
    if k.key_id !~ '^[a-z0-9]{1,32}$' or length(k.key) <> 32 then
        raise exception 'identity_key_id / identity_key: a key id of letters and digits and base64 of 32 bytes';
    end if;
    if length(k.index_key) < 32 or (k.index_key_id <> '' and k.index_key_id !~ '^[a-z0-9]{1,32}$') then
        raise exception 'blind_index_key: base64 of at least 32 bytes (and blind_index_key_id letters and digits)';
    end if;
end
$check$;

-- 1. What an earlier run generated goes first.
create temp table old_worker on commit drop as
select worker_id from worker where worker_id between 'W1000000' and 'W1099999' and length(worker_id) = 8;
delete from caseload_case where worker_id between 'W1000000' and 'W1099999' and length(worker_id) = 8;
delete from capacity_state where worker_id in (select worker_id from old_worker);
delete from qualification_expiry_notice where worker_id in (select worker_id from old_worker);
delete from worker_status_change where worker_id in (select worker_id from old_worker);
delete from posting where worker_id in (select worker_id from old_worker);
delete from training where worker_id in (select worker_id from old_worker);
delete from assessor_appointment where worker_id in (select worker_id from old_worker);
delete from worker where worker_id in (select worker_id from old_worker);
delete from agency where credit_code like '52440100PRC%';

-- 2. Offices and agencies.
create temp table province_office on commit drop as
select row_number() over (order by d, k) - 1 as office_no, 'JO-' || d || '-0' || k as office_code
  from unnest(array['440103', '440104', '440105', '440106', '440111', '440112', '440113', '440114', '440115',
                    '440117', '440118']) d, generate_series(1, 9) k
union all
select 99, 'JO-440303-01';

create function pg_temp.credit_code(first17 text) returns text language sql immutable as $$
    select first17 || substr('0123456789ABCDEFGHJKLMNPQRTUWXY', ((31 - sum % 31) % 31 + 1)::int, 1)
      from (select sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(first17, i, 1)) - 1)
                       * (array[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])[i]) as sum
              from generate_series(1, 17) i) s
$$;

create temp table province_agency on commit drop as
select a as agency_no,
       case when a = 0 then '52440100MJL123454L'
            else pg_temp.credit_code('52440100PRC' || lpad(a::text, 6, '0')) end as credit_code
  from generate_series(0, (:workers - 1) / 100) a;

insert into agency (credit_code, name, region_code, status, created_at, created_by, version)
select credit_code, '省级规模社会工作服务中心' || lpad(agency_no::text, 4, '0'), '440100', 'ACTIVE',
       now() - interval '3 years', 'province-scale', 0
  from province_agency
on conflict do nothing;

-- 3. Workers, with their personal data in clear first (this transaction's temp table only).
create temp table province_worker on commit drop as
select n, 'W' || (1000000 + n) as worker_id, a.credit_code as agency_code, o.office_code,
       (array['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周', '吴'])[n % 10 + 1]
           || (array['小', '晓', '子', '嘉', '俊', '思', '雨', '海'])[n / 10 % 8 + 1]
           || case when n % 3 = 0 then '' else (array['明', '华', '敏', '静', '伟', '芳', '军'])[n / 80 % 7 + 1] end
           as name,
       '440111' || to_char(date '1970-01-01' + n / 1000, 'YYYYMMDD') || lpad((n % 1000)::text, 3, '0')
           as identity17,
       '139' || lpad(n::text, 8, '0') as phone
  from generate_series(0, :workers - 1) n
  join province_agency a on a.agency_no = n / 100
  join province_office o on o.office_no = n % 100;

update province_worker set identity17 = identity17 || substr('10X98765432', ((
        select sum(substr(identity17, i, 1)::int * (array[7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])[i])
          from generate_series(1, 17) i) % 11 + 1)::int, 1);
alter table province_worker rename column identity17 to identity_number;

-- 3a. AES-256-GCM as platform-identity's IdentityCipher writes it: token 'v2:<keyId>:' || base64url(iv || c || tag),
-- associated data 'v2:<keyId>' || for table, column, row key: '\n' || length || ':' || value. The keystream and the
-- hash key come from pgcrypto's AES (ECB on the counter blocks); GHASH is linear, so it is the XOR over the bytes of
-- A || C || lengths of (byte at position p of block i) · H^(n - i), read from a table of those products.
create function pg_temp.gf_shift(v bit(128)) returns bit(128) language sql immutable as $$
    select case when get_bit(v, 127) = 0 then v >> 1
                else (v >> 1) # x'E1000000000000000000000000000000'::bit(128) end
$$;

create temp table ghash_product (m int, p int, v int, t bit(128), primary key (m, p, v)) on commit drop;

do $tables$
declare
    h bit(128);
    hm bit(128);
    basis bit(128)[];
    product bit(128);
    power int;
    i int;
begin
    h := ('x' || encode(encrypt(decode(repeat('00', 16), 'hex'), (select key from province_keys),
                                'aes-ecb/pad:none'), 'hex'))::bit(128);
    hm := h;
    for power in 1..8 loop
        -- basis[i + 1] = e_i · H^power: the i-th shift of H^power
        basis := array[hm];
        for i in 1..127 loop
            basis := basis || pg_temp.gf_shift(basis[i]);
        end loop;
        insert into ghash_product
        select power, p, v, (select coalesce(bit_xor(basis[8 * p + j + 1]), repeat('0', 128)::bit(128))
                               from generate_series(0, 7) j where (v >> (7 - j)) & 1 = 1)
          from generate_series(0, 15) p, generate_series(1, 255) v;
        -- H^(power + 1) = H^power · H
        product := repeat('0', 128)::bit(128);
        for i in 0..127 loop
            if get_bit(h, i) = 1 then
                product := product # basis[i + 1];
            end if;
        end loop;
        hm := product;
    end loop;
end
$tables$;
analyze ghash_product;

create function pg_temp.varbit_bytea(b bit varying) returns bytea language sql immutable as $$
    select coalesce(decode(string_agg(lpad(to_hex(substring(b from i for 8)::int), 2, '0'), '' order by i), 'hex'),
                    '\x'::bytea)
      from generate_series(1, length(b), 8) i
$$;

create temp table province_token on commit drop as
select row_number() over () as id, worker_id, column_name, iv, plain,
       convert_to('v2:' || k.key_id || E'\n6:worker\n' || length(column_name) || ':' || column_name || E'\n'
                  || length(worker_id) || ':' || worker_id, 'UTF8') as aad,
       encrypt(iv || '\x00000001'::bytea || iv || '\x00000002'::bytea || iv || '\x00000003'::bytea, k.key,
               'aes-ecb/pad:none') as keystream
  from (select worker_id, 'name_cipher' as column_name, convert_to(name, 'UTF8') as plain from province_worker
        union all
        select worker_id, 'identity_number_cipher', convert_to(identity_number, 'UTF8') from province_worker
        union all
        select worker_id, 'phone_cipher', convert_to(phone, 'UTF8') from province_worker) v
  cross join province_keys k
  cross join lateral (select gen_random_bytes(12) || '\x'::bytea as iv where v.plain is not null) r;

alter table province_token add column c bytea, add column ghash_input bytea, add column tag bytea;
update province_token set c = pg_temp.varbit_bytea(
        ('x' || encode(plain, 'hex'))::bit varying
        # ('x' || encode(substring(keystream from 17 for length(plain)), 'hex'))::bit varying);
update province_token set ghash_input = aad || decode(repeat('00', (16 - length(aad) % 16) % 16), 'hex')
        || c || decode(repeat('00', (16 - length(c) % 16) % 16), 'hex')
        || int8send(8 * length(aad)) || int8send(8 * length(c));

create temp table province_ghash on commit drop as
select t.id, bit_xor(g.t) as s
  from province_token t
 cross join lateral generate_series(0, length(t.ghash_input) - 1) k
  join ghash_product g on g.m = length(t.ghash_input) / 16 - k / 16 and g.p = k % 16
                      and g.v = get_byte(t.ghash_input, k)
 group by t.id;

update province_token t set tag = pg_temp.varbit_bytea(g.s # ('x' || encode(substring(t.keystream from 1 for 16),
                                                                              'hex'))::bit(128))
  from province_ghash g where g.id = t.id;

create temp table province_cipher on commit drop as
select worker_id,
       max(token) filter (where column_name = 'name_cipher') as name_cipher,
       max(token) filter (where column_name = 'identity_number_cipher') as identity_number_cipher,
       max(token) filter (where column_name = 'phone_cipher') as phone_cipher
  from (select worker_id, column_name,
               'v2:' || (select key_id from province_keys) || ':'
                   || rtrim(translate(encode(iv || c || tag, 'base64'), E'+/\n', '-_'), '=') as token
          from province_token) t
 group by worker_id;

insert into worker (worker_id, agency_code, name_cipher, identity_number_cipher, identity_number_index, phone_cipher,
                    qualification_level, certificate_number, certificate_issued_on, certificate_expires_on,
                    specialisations, front_line, status, created_at, created_by, updated_at, updated_by, version)
select w.worker_id, w.agency_code, c.name_cipher, c.identity_number_cipher,
       case when k.index_key_id = '' then '' else k.index_key_id || ':' end
           || encode(hmac(convert_to(w.identity_number, 'UTF8'), k.index_key, 'sha256'), 'hex'),
       c.phone_cipher,
       (array['ASSISTANT_SOCIAL_WORKER', 'SOCIAL_WORKER', 'SENIOR_SOCIAL_WORKER'])[w.n % 3 + 1],
       'GDSW-' || (1000000 + w.n),
       current_date - 700 - w.n % 365, current_date + 3 * 365 + w.n % 365,
       concat_ws(',', case when w.n % 2 = 0 then 'JUDICIAL' end, case when w.n % 3 = 0 then 'YOUTH_AFFAIRS' end,
                 case when w.n % 5 = 0 then 'PSYCHOLOGICAL' end, case when w.n % 7 = 0 then 'EMPLOYMENT' end,
                 case when w.n % 11 = 0 then 'FAMILY' end),
       w.n % 4 <> 3,
       case when w.n % 50 = 49 then 'ON_LEAVE' else 'ACTIVE' end,
       now() - interval '2 years', 'province-scale',
       case when w.n % 50 = 49 then now() - interval '30 days' else now() - interval '2 years' end, 'province-scale',
       case when w.n % 50 = 49 then 1 else 0 end
  from province_worker w
  join province_cipher c on c.worker_id = w.worker_id
 cross join province_keys k
 order by w.worker_id;

insert into worker_status_change (worker_id, from_status, to_status, reason, changed_at, changed_by)
select worker_id, 'ACTIVE', 'ON_LEAVE', 'Parental leave (province-scale data)', now() - interval '30 days',
       'province-scale'
  from province_worker where n % 50 = 49;

-- 4. One posting each: full time, half time for one worker in ten, open-ended, at the office of the convention.
insert into posting (worker_id, site_code, site_kind, starts_on, ends_on, fraction, contract_id, duty_days_per_week,
                     created_at, created_by, version)
select worker_id, office_code, 'JUDICIAL_OFFICE', current_date - 365 - n % 200, null,
       case when n % 10 = 0 then 0.50 else 1.00 end, null, 5, now() - interval '1 year', 'province-scale', 0
  from province_worker
 order by worker_id;

-- 5. Cases: the staging table, filled here with 9 synthetic cases per worker when case-service's generator did not.
insert into province_case_assignment (case_reference, case_type, risk_level, worker_id, agency_id, office_code,
                                      assigned_at)
select 'PRV-2026-' || lpad((w.n * 9 + i)::text, 6, '0'),
       case when (w.n + i) % 3 = 0 then 'PREVENTION' else 'CORRECTION' end,
       (array['LOW', 'MEDIUM', 'HIGH', null, 'LOW', 'MEDIUM', 'LOW'])[(w.n + i) % 7 + 1],
       w.worker_id, w.agency_code, w.office_code,
       now() - (((w.n * 9 + i) % 700) || ' days')::interval - ((w.n % 1440) || ' minutes')::interval
  from province_worker w, generate_series(0, 8) i
 where not exists (select 1 from province_case_assignment)
 order by w.worker_id, i;

delete from caseload_case c using province_case_assignment s where s.case_reference = c.case_reference;
insert into caseload_case (case_reference, worker_id, agency_code, office_code, case_type, risk_level, assigned_at,
                           updated_at)
select distinct on (case_reference) case_reference, worker_id, agency_id, office_code, case_type, risk_level,
       assigned_at, assigned_at
  from province_case_assignment
 order by case_reference, assigned_at desc;

-- 6. The capacity state of each generated worker, as the service's CapacityWatch leaves it: over capacity when the
-- weighted load (HIGH 1.5, others 1.0) exceeds 20 clients per full-time post (the default ratio); and, on a database
-- migrated to V32 or later, the figures kept per worker (cases, weighted load, capacity, utilisation).
create temp table province_figures on commit drop as
select w.worker_id, coalesce(l.cases, 0) as cases, coalesce(l.load, 0)::numeric(10, 2) as load,
       (20 * p.fraction)::numeric(10, 2) as capacity
  from province_worker w
  join posting p on p.worker_id = w.worker_id
  left join (select worker_id, count(*) as cases, sum(case when risk_level = 'HIGH' then 1.5 else 1.0 end) as load
               from caseload_case group by worker_id) l on l.worker_id = w.worker_id;

insert into capacity_state (worker_id, exceeded, changed_at)
select worker_id, load > capacity, now() from province_figures;

do $kept$
begin
    if exists (select 1 from information_schema.columns
                where table_schema = current_schema() and table_name = 'capacity_state'
                  and column_name = 'utilisation') then
        update capacity_state s
           set cases = f.cases, weighted_load = f.load, capacity = f.capacity,
               utilisation = case when f.capacity = 0 then case when f.load = 0 then 0 else 'Infinity'::float8 end
                                  else f.load::float8 / f.capacity::float8 end
          from province_figures f
         where f.worker_id = s.worker_id;
    end if;
end
$kept$;

\if :own_pgcrypto
drop extension pgcrypto;
drop schema province_scale_pgcrypto;
reset search_path;
\endif

commit;

analyze agency;
analyze worker;
analyze posting;
analyze caseload_case;
analyze capacity_state;

select (select count(*) from agency) as agencies, (select count(*) from worker) as workers,
       (select count(*) from posting) as postings, (select count(*) from caseload_case) as cases;
