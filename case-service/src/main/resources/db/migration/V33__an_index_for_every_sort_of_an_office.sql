-- Issue 16, item 3: a judicial officer's list (one office, about one case in a hundred of a province) sorted by
-- period start or status reads its page from an index too, instead of sorting the office's ten thousand cases. By
-- creation (the default) it already has juvenile_case_office_created; by reference the unique index serves.
create index juvenile_case_office_period_start on juvenile_case (office_code, period_start, id) where sealed_at is null;
create index juvenile_case_office_status on juvenile_case (office_code, status, id) where sealed_at is null;
