-- Issue 16, item 3: GET /cases?overdueVisits=true at a million cases walked the newest cases and probed each one's
-- visits (19,509 cases read to find 21; p99 237-398 ms). The case now carries the first day on which it counts as
-- overdue, as its visits stand: the day after the due day of its scheduled visit, or of a missed visit with no visit
-- completed since the miss was found, whichever is earlier; null when it has neither. Overdue today is
-- visits_overdue_from <= today, so the flag follows the days by itself, without a job. The service recounts it
-- whenever a visit of the case is scheduled, recorded, missed or cancelled, in the same transaction
-- (JuvenileCase.visitsChanged, the same definition as below).
alter table juvenile_case add column visits_overdue_from date;

update juvenile_case c
set visits_overdue_from = o.overdue_from
from (select v.case_id, min(v.due_on) + 1 as overdue_from
      from case_visit v
      where v.status = 'SCHEDULED'
         or (v.status = 'MISSED' and not exists (select 1 from case_visit w
                                                 where w.case_id = v.case_id and w.status = 'COMPLETED'
                                                   and w.closed_at > v.closed_at))
      group by v.case_id) o
where c.id = o.case_id;

-- Every case with an open schedule has a day here, but only the overdue ones (a thousand or so among a million) have
-- one up to today: the list reads that range of this index and sorts the few rows it holds for the page, whatever the
-- sort; the bounded count reads the index only (hence the id). A scope's condition is checked on those rows (an
-- office's index is combined with this one); every list leaves sealed cases out.
create index juvenile_case_visits_overdue on juvenile_case (visits_overdue_from, id)
    where visits_overdue_from is not null and sealed_at is null;
