-- The day the juvenile of a case was found to be 18 (set once, by the daily check, with a conditional update).
alter table juvenile_case add column turned_18_on date;

-- The daily check reads the open cases not flagged yet.
create index juvenile_case_not_turned_18 on juvenile_case (id) where status <> 'CLOSED' and turned_18_on is null;
