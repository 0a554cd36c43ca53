-- Every assignment, removal and reassignment looks up the case's current assignment (ended_at is null): it read the
-- whole history of the case through case_assignment_case_worker and filtered it (1,500 rows a lookup on a case whose
-- lead the event-to-alert benchmark swapped that often). Not unique: Hibernate inserts the new assignment before it
-- updates the one it ends, in the same transaction under the case's row lock.
create index case_assignment_current on case_assignment (case_id) where ended_at is null;
