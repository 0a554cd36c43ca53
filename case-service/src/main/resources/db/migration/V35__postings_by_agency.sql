-- Issue 16, item 3: a supervisor's case list asks which offices their agency serves today (CaseScope) on every page;
-- with 100,000 workers' postings that read the whole table, twice per page (count and page: about 10 ms each).
create index worker_posting_agency on worker_posting (agency_id, first_day);
