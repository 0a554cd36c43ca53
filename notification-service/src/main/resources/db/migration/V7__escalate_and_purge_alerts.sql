-- Issue 14, items 5 and 7: an URGENT alert not acknowledged in time is raised once more for the next level, once per
-- alert whatever the replicas; alerts and the delivery log are purged after their retention periods.

-- The alert an escalation was raised for: at most one escalation per alert. No foreign key: the original is older
-- and is purged first.
alter table notification add column escalated_from uuid;
alter table notification add constraint notification_escalated_once unique (escalated_from);

-- Set once the escalation job has settled an alert (escalated it, or found no next level): it is never examined
-- again. Set by the job alone, outside the entity, so that an acknowledgement at the same moment never undoes it.
alter table notification add column escalation_checked_at timestamptz;

-- What the escalation job looks for each minute: only the open URGENT alerts it has not settled.
create index notification_escalation_due_idx on notification (created_at)
    where severity = 'URGENT' and acknowledged_at is null and escalation_checked_at is null;

-- What the retention purge looks for each day.
create index notification_created_idx on notification (created_at);
create index delivery_finished_idx on delivery (finished_at) where finished_at is not null;
