-- Issue 14, item 3 (inbox filters, unread count, live stream) and item 1 (the visit-reminder rule).

-- The open alerts of an inbox, for the unread count (and its urgent part) and the acknowledged=false filter.
create index notification_open_role_idx on notification (recipient_role, recipient_scope, severity)
    where acknowledged_at is null;
create index notification_open_subject_idx on notification (recipient_subject, severity)
    where acknowledged_at is null;
-- The filters by what an alert is about and by rule, newest first.
create index notification_subject_ref_idx on notification (subject_ref, created_at desc);
create index notification_rule_idx on notification (rule, created_at desc);
-- The stream's catch-up and live queries: an inbox's alerts after a seq.
create index notification_role_seq_idx on notification (recipient_role, recipient_scope, seq);
create index notification_subject_seq_idx on notification (recipient_subject, seq);

-- Wakes every replica's stream listener when an alert commits (NOTIFY is delivered at commit, never before, and
-- not at all after a rollback). The payload is the seq only: never personal data, nor even the recipient.
create function notification_stored() returns trigger language plpgsql as $$
begin
    perform pg_notify('notification_stored', new.seq::text);
    return null;
end;
$$;

create trigger notification_stored after insert on notification
    for each row execute function notification_stored();

-- Visits scheduled in case-service (visit.scheduled) and what became of them, for the reminder the day before.
create table visit_reminder (
    reference        varchar(32)  not null,
    visit_id         bigint       not null,
    due_on           date,
    worker_id        varchar(32),
    state            varchar(16)  not null,
    learnt_at        timestamptz  not null,
    reminded_at      timestamptz,
    primary key (reference, visit_id),
    constraint visit_reminder_state check (state in ('SCHEDULED', 'REMINDED', 'COMPLETED', 'MISSED', 'CANCELLED'))
);

-- The job's question: which scheduled visits are due on a given day.
create index visit_reminder_due_idx on visit_reminder (due_on) where state = 'SCHEDULED';
