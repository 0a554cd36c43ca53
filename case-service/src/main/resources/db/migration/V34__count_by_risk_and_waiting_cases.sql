-- Issue 16, item 3: the bounded count of GET /cases (ids up to 1,001 in no order) under the risk and the assigned=false
-- filters reads an index instead of the table: measured at a million cases, risk=HIGH read 69,000 rows and
-- assigned=false 844,000 (the waiting cases are the newest, at the table's end) to find 1,001. The other common
-- filters have theirs: status (juvenile_case_status_id), office, court, worker, agency (V2, V5).
create index juvenile_case_risk on juvenile_case (risk_level, id) where sealed_at is null;
create index juvenile_case_waiting on juvenile_case (id) where assigned_worker_id is null and sealed_at is null;
