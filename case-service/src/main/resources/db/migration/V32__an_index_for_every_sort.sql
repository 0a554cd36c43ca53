-- Issue 16, item 3: every sort of the case list (createdAt, reference, periodStart, status, each with the row id as
-- the tie-break, both directions) reads its page from an index, and so does a keyset page (after=...) from the
-- cursor on, at a million cases. Every list leaves sealed cases out, so these leave them out too. The reference is
-- unique: its unique index already orders the list by reference (the id never breaks a tie there).
drop index juvenile_case_created;
create index juvenile_case_created on juvenile_case (created_at desc, id desc) where sealed_at is null;
create index juvenile_case_period_start on juvenile_case (period_start, id) where sealed_at is null;
create index juvenile_case_status_id on juvenile_case (status, id) where sealed_at is null;
